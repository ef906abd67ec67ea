package org.citydialogue.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.citydialogue.calendar.DeadlineState;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The agents' queue: cases of the current tenant, filtered, overdue first, fetched a page at a
 * time so a grid over millions of cases stays fast.
 */
@Service
public class CaseQueue {

    /**
     * What to show; null or blank means "any".
     *
     * @param openOnly       only cases not yet closed
     * @param deadline       only unanswered cases in this state against their answer deadline
     * @param involving      only cases this staff member (username) registered or took a step on: "mine"
     * @param notForwarded   only cases not yet forwarded to a department: the contact centre's own
     */
    public record Filter(String status, String category, String channel, String department, boolean openOnly,
            DeadlineState deadline, String involving, boolean notForwarded) {

        /** Open cases, any deadline, anyone's. */
        public static Filter open() {
            return new Filter(null, null, null, null, true, null, null, false);
        }

        /** Every case, open or closed. */
        public static Filter every() {
            return new Filter(null, null, null, null, false, null, null, false);
        }

        public Filter withDepartment(String code) {
            return new Filter(status, category, channel, code, openOnly, deadline, involving, notForwarded);
        }

        public Filter withDeadline(DeadlineState state) {
            return new Filter(status, category, channel, department, openOnly, state, involving, notForwarded);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Deadlines deadlines;
    private final TenantDirectory tenants;

    CaseQueue(JdbcClient jdbc, Optional<Clock> clock, Deadlines deadlines, TenantDirectory tenants) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
        this.deadlines = deadlines;
        this.tenants = tenants;
    }

    /** A page of the queue: unanswered overdue cases first, then by when the answer is due. */
    public List<ResidentCase> page(Filter filter, int offset, int limit) {
        Query query = where(filter);
        query.params.add(Timestamp.from(clock.instant()));
        query.params.add(limit);
        query.params.add(offset);
        return jdbc.sql("select * from resident_case" + query.sql
                + " order by (answered_at is null and answer_due_at < ?) desc, answer_due_at, id limit ? offset ?")
                .params(query.params).query(Cases::row).list();
    }

    public int count(Filter filter) {
        Query query = where(filter);
        return jdbc.sql("select count(*) from resident_case" + query.sql).params(query.params)
                .query(Integer.class).single();
    }

    private record Query(String sql, List<Object> params) {
    }

    private Query where(Filter filter) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        equal(sql, params, "status", filter.status());
        equal(sql, params, "category", filter.category());
        equal(sql, params, "channel", filter.channel());
        equal(sql, params, "department", filter.department());
        if (filter.openOnly()) {
            and(sql).append(" closed_at is null");
        }
        if (filter.notForwarded()) {
            and(sql).append(" department is null");
        }
        if (filter.involving() != null) {
            and(sql).append(" (registered_by = ? or exists (select 1 from case_event e"
                    + " where e.actor = ? and e.case_id = resident_case.id))");
            params.add(filter.involving());
            params.add(filter.involving());
        }
        if (filter.deadline() != null) {
            Instant now = clock.instant();
            Instant soon = deadlines.dueSoonBefore(tenants.require(TenantContext.current().orElseThrow()), now);
            and(sql).append(" answered_at is null and closed_at is null and ").append(switch (filter.deadline()) {
                case BREACHED -> "answer_due_at < ?";
                case DUE_SOON -> "answer_due_at >= ? and answer_due_at < ?";
                case ON_TRACK -> "answer_due_at >= ?";
            });
            params.add(Timestamp.from(filter.deadline() == DeadlineState.ON_TRACK ? soon : now));
            if (filter.deadline() == DeadlineState.DUE_SOON) {
                params.add(Timestamp.from(soon));
            }
        }
        return new Query(sql.toString(), params);
    }

    private static StringBuilder and(StringBuilder sql) {
        return sql.append(sql.isEmpty() ? " where" : " and");
    }

    private static void equal(StringBuilder sql, List<Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            and(sql).append(" ").append(column).append(" = ?");
            params.add(value);
        }
    }
}
