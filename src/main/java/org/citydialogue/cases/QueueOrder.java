package org.citydialogue.cases;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queue's order — unanswered overdue cases first, then the rest, each by answer due and id —
 * read as two separate ordered scans of the queue's covering indexes (a union of both would be
 * sorted whole: seconds at millions of cases). A jump deep into the list (a scrollbar dragged)
 * would walk every entry before it; so every {@value #STEP}th position of each part of a filtered
 * queue is kept as a bookmark, and a jump starts from the nearest one (keyset), walking at most
 * {@value #STEP} entries. Bookmarks are made in the background as soon as a long queue is shown
 * ({@link #prepare}), and made again after {@link #FRESH} while the old ones still serve; cases that
 * changed meanwhile shift positions by that many at most.
 */
@Component
class QueueOrder {

    static final int STEP = 1_000;
    static final Duration FRESH = Duration.ofMinutes(5);

    private static final String OVERDUE = " where answered_at is null and answer_due_at < ?";
    private static final String REST = " where (answered_at is not null or answer_due_at >= ?)";

    /** The filter's conditions, each starting with " and ", with their parameters, at {@code now}. */
    record Query(String where, List<Object> params, Timestamp now) {
    }

    /** A position in a part. */
    private record Key(Timestamp due, long id) {
    }

    /** Every {@value #STEP}th key of each part, from position 0, and how many overdue cases there are. */
    private record Marks(List<Key> overdue, long overdueCount, List<Key> rest, long madeAt, AtomicBoolean renewing) {
    }

    private final JdbcClient jdbc;
    private final AsyncCache<List<Object>, Marks> bookmarks = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumWeight(2_000_000).<List<Object>, Marks>weigher((k, m) -> 1 + m.overdue.size() + m.rest.size())
            .buildAsync();

    QueueOrder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts making the bookmarks of a long queue, so that a first jump into it finds them ready. */
    void prepare(String tenant, Object filter, Query query) {
        marks(tenant, filter, query);
    }

    /**
     * The ids at [offset, offset + limit) of the cases matching the query; {@code tenant} and
     * {@code filter} name it for the bookmarks.
     */
    List<Long> ids(String tenant, Object filter, Query query, int offset, int limit) {
        Marks marks = offset >= STEP ? marks(tenant, filter, query).join() : null;
        long overdue = marks != null ? marks.overdueCount : count(OVERDUE, query, offset + 1L);
        List<Long> ids = new ArrayList<>();
        if (offset < overdue) {
            ids.addAll(scan(OVERDUE, query, marks == null ? List.of() : marks.overdue, offset, limit));
        }
        if (ids.size() < limit) {
            long from = ids.isEmpty() ? Math.max(0, offset - overdue) : 0;
            ids.addAll(scan(REST, query, marks == null ? List.of() : marks.rest, from, limit - ids.size()));
        }
        return ids;
    }

    /** Up to {@code limit} ids of a part from position {@code offset}, starting at the nearest bookmark. */
    private List<Long> scan(String part, Query query, List<Key> marks, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        params.add(query.now);
        params.addAll(query.params);
        StringBuilder sql = new StringBuilder("select id from resident_case").append(part).append(query.where);
        int mark = (int) Math.min(offset / STEP, marks.size() - 1L);
        if (mark > 0) {
            sql.append(" and (answer_due_at, id) >= (?, ?)");
            params.add(marks.get(mark).due);
            params.add(marks.get(mark).id);
            offset -= (long) mark * STEP;
        }
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.append(" order by answer_due_at, id limit ? offset ?").toString()).params(params)
                .query(Long.class).list();
    }

    /** How many cases the part holds, counted up to {@code atMost}. */
    private long count(String part, Query query, long atMost) {
        List<Object> params = new ArrayList<>();
        params.add(query.now);
        params.addAll(query.params);
        params.add(atMost);
        return jdbc.sql("select count(*) from (select 1 from resident_case" + part + query.where + " limit ?) c")
                .params(params).query(Long.class).single();
    }

    /** The queue's bookmarks, made now if there are none; made again in the background once stale. */
    private CompletableFuture<Marks> marks(String tenant, Object filter, Query query) {
        List<Object> key = List.of(tenant, filter);
        CompletableFuture<Marks> marks = bookmarks.get(key, (k, executor) -> CompletableFuture.supplyAsync(
                () -> TenantContext.call(tenant, () -> make(query)), executor));
        Marks made = marks.getNow(null);
        if (made != null && System.nanoTime() - made.madeAt > FRESH.toNanos() && made.renewing.compareAndSet(false,
                true)) {
            CompletableFuture.supplyAsync(() -> TenantContext.call(tenant, () -> make(query)))
                    .whenComplete((renewed, failed) -> {
                        if (renewed != null) {
                            bookmarks.put(key, CompletableFuture.completedFuture(renewed));
                        } else {
                            made.renewing.set(false);
                        }
                    });
        }
        return marks;
    }

    private Marks make(Query query) {
        return new Marks(marks(OVERDUE, query), count(OVERDUE, query, Long.MAX_VALUE), marks(REST, query),
                System.nanoTime(), new AtomicBoolean());
    }

    private List<Key> marks(String part, Query query) {
        List<Object> params = new ArrayList<>();
        params.add(query.now);
        params.addAll(query.params);
        return jdbc.sql("""
                select answer_due_at, id from (
                    select answer_due_at, id, row_number() over (order by answer_due_at, id) as n
                    from resident_case%s%s) numbered
                where n %% %d = 1 order by n
                """.formatted(part, query.where, STEP)).params(params)
                .query((rs, n) -> new Key(rs.getTimestamp(1), rs.getLong(2))).list();
    }
}
