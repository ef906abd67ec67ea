package org.citydialogue.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
     * @param openOnly    only cases not yet closed
     * @param overdueOnly only cases whose first answer is late
     */
    public record Filter(String status, String category, String channel, String department, boolean openOnly,
            boolean overdueOnly) {

        public static Filter open() {
            return new Filter(null, null, null, null, true, false);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseQueue(JdbcClient jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
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
            sql.append(sql.isEmpty() ? " where" : " and").append(" closed_at is null");
        }
        if (filter.overdueOnly()) {
            sql.append(sql.isEmpty() ? " where" : " and").append(" answered_at is null and answer_due_at < ?");
            params.add(Timestamp.from(now()));
        }
        return new Query(sql.toString(), params);
    }

    private Instant now() {
        return clock.instant();
    }

    private static void equal(StringBuilder sql, List<Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(sql.isEmpty() ? " where " : " and ").append(column).append(" = ?");
            params.add(value);
        }
    }
}
