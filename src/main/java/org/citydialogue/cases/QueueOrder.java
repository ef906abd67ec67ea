package org.citydialogue.cases;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queue's order — unanswered overdue cases first, then by answer due and id — as two ordered
 * scans of the queue's covering indexes, no sort. A jump deep into millions of rows (a scrollbar
 * dragged) would walk every row before it; so every {@value #STEP}th position of a filtered queue is
 * kept for a minute as a bookmark, and a jump starts from the nearest one (keyset), walking at
 * most {@value #STEP} rows. Cases that change meanwhile shift positions by that many rows at most.
 */
@Component
class QueueOrder {

    static final int STEP = 1_000;

    /** A position in the order. */
    private record Key(int part, Timestamp due, long id) {
    }

    private final JdbcClient jdbc;
    private final Cache<List<Object>, List<Key>> bookmarks = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(1_000).build();

    QueueOrder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The ids at [offset, offset + limit) of the cases matching {@code where} (conditions each
     * starting with " and ", with their {@code params}); {@code tenant} and {@code filter} name it
     * for the bookmarks.
     */
    List<Long> ids(String tenant, Object filter, String where, List<Object> params, Timestamp now, int offset,
            int limit) {
        if (offset >= STEP) {
            List<Key> marks = bookmarks.get(List.of(tenant, filter), k -> marks(where, params, now));
            int mark = offset / STEP;
            if (mark < marks.size()) {
                return page(where, params, now, marks.get(mark), offset - mark * STEP, limit);
            }
        }
        return page(where, params, now, null, offset, limit);
    }

    private List<Long> page(String where, List<Object> params, Timestamp now, Key from, int offset, int limit) {
        List<Object> all = new ArrayList<>();
        String sql = "select id from (" + union(where, params, now, from, all)
                + ") queue order by part, answer_due_at, id limit ? offset ?";
        all.add(limit);
        all.add(offset);
        return jdbc.sql(sql).params(all).query(Long.class).list();
    }

    private List<Key> marks(String where, List<Object> params, Timestamp now) {
        List<Object> all = new ArrayList<>();
        String union = union(where, params, now, null, all);
        return jdbc.sql("""
                select part, answer_due_at, id from (
                    select part, answer_due_at, id, row_number() over (order by part, answer_due_at, id) as n
                    from (%s) queue) numbered
                where n %% %d = 1 order by n
                """.formatted(union, STEP)).params(all)
                .query((rs, n) -> new Key(rs.getInt(1), rs.getTimestamp(2), rs.getLong(3))).list();
    }

    /** Both parts; with {@code from}, only what lies at or after it. Parameters are added to {@code all}. */
    private static String union(String where, List<Object> params, Timestamp now, Key from, List<Object> all) {
        StringBuilder sql = new StringBuilder(
                "select 0 as part, answer_due_at, id from resident_case where answered_at is null and answer_due_at < ?");
        all.add(now);
        all.addAll(params);
        sql.append(where).append(after(0, from, all));
        sql.append(" union all select 1, answer_due_at, id from resident_case"
                + " where (answered_at is not null or answer_due_at >= ?)");
        all.add(now);
        all.addAll(params);
        sql.append(where).append(after(1, from, all));
        return sql.toString();
    }

    private static String after(int part, Key from, List<Object> all) {
        if (from == null || part > from.part()) {
            return "";
        }
        if (part < from.part()) {
            return " and false";
        }
        all.add(from.due());
        all.add(from.id());
        return " and (answer_due_at, id) >= (?, ?)";
    }
}
