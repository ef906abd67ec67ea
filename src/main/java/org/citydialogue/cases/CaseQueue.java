package org.citydialogue.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    static final int EXACT_UP_TO = 100_000;
    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\": (\\d+)");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Deadlines deadlines;
    private final TenantDirectory tenants;

    private final QueueOrder order;

    CaseQueue(JdbcClient jdbc, Optional<Clock> clock, Deadlines deadlines, TenantDirectory tenants,
            QueueOrder order) {
        this.order = order;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
        this.deadlines = deadlines;
        this.tenants = tenants;
    }

    /** A page of the queue: unanswered overdue cases first, then by when the answer is due ({@link QueueOrder}). */
    public List<QueueRow> page(Filter filter, int offset, int limit) {
        List<Long> ids = order.ids(TenantContext.current().orElseThrow(), filter, ordered(filter), offset, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, QueueRow> rows = new HashMap<>();
        jdbc.sql("""
                select id, reference, kind, category, status, department, received_at, answer_due_at,
                    answered_at is not null as answered
                from resident_case where id = any(?)
                """).param(ids.toArray(Long[]::new)).query(CaseQueue::row).list().forEach(c -> rows.put(c.id(), c));
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    private static QueueRow row(ResultSet rs, int n) throws SQLException {
        return new QueueRow(rs.getLong("id"), rs.getString("reference"), code(rs, "kind"), code(rs, "category"),
                code(rs, "status"), code(rs, "department"), rs.getTimestamp("received_at").toInstant(),
                rs.getTimestamp("answer_due_at").toInstant(), rs.getBoolean("answered"));
    }

    /** A code of the tenant's configuration: a few distinct values on every row, so one shared instance each. */
    private static String code(ResultSet rs, String column) throws SQLException {
        String code = rs.getString(column);
        return code == null ? null : code.intern();
    }

    /**
     * How many cases the filter shows: exact up to {@value #EXACT_UP_TO}, the planner's estimate
     * above (an exact count of millions of rows takes seconds, and a scrollbar does not need it).
     */
    public int count(Filter filter) {
        return largeEstimate(filter).orElseGet(() -> exactCount(filter));
    }

    /**
     * The planner's estimate of the filter's cases when it is over {@value #EXACT_UP_TO}; else empty.
     * A queue that long is about to be scrolled: its bookmarks start being made.
     */
    public OptionalInt largeEstimate(Filter filter) {
        Query query = where(filter);
        String plan = jdbc.sql("explain (format json) select 1 from resident_case where true" + query.sql)
                .params(query.params).query(String.class).single();
        Matcher rows = PLAN_ROWS.matcher(plan);
        long estimate = rows.find() ? Long.parseLong(rows.group(1)) : 0;
        if (estimate <= EXACT_UP_TO) {
            return OptionalInt.empty();
        }
        order.prepare(TenantContext.current().orElseThrow(), filter, ordered(filter));
        return OptionalInt.of((int) Math.min(estimate, Integer.MAX_VALUE));
    }

    private QueueOrder.Query ordered(Filter filter) {
        Query query = where(filter);
        return new QueueOrder.Query(query.sql, query.params, Timestamp.from(clock.instant()));
    }

    int exactCount(Filter filter) {
        Query query = where(filter);
        return jdbc.sql("select count(*) from resident_case where true" + query.sql).params(query.params)
                .query(Integer.class).single();
    }

    /** Conditions, each starting with " and ", and their parameters. */
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
            sql.append(" and closed_at is null");
        }
        if (filter.notForwarded()) {
            sql.append(" and department is null");
        }
        if (filter.involving() != null) {
            sql.append(" and (registered_by = ? or exists (select 1 from case_event e"
                    + " where e.actor = ? and e.case_id = resident_case.id))");
            params.add(filter.involving());
            params.add(filter.involving());
        }
        if (filter.deadline() != null) {
            Instant now = clock.instant();
            Instant soon = deadlines.dueSoonBefore(tenants.require(TenantContext.current().orElseThrow()), now);
            sql.append(" and answered_at is null and closed_at is null and ").append(switch (filter.deadline()) {
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

    private static void equal(StringBuilder sql, List<Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" and ").append(column).append(" = ?");
            params.add(value);
        }
    }
}
