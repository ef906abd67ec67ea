package org.citydialogue.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.citydialogue.AppTest;
import org.citydialogue.bench.BenchmarkFigures;
import org.citydialogue.calendar.BusinessCalendars;
import org.citydialogue.calendar.DeadlineState;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.tenancy.StoreOwner;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The queue and search on a city with a very large history: builds each city's tenant from the
 * history generator ({@link BulkHistory}), then times page fetches through {@link CaseQueue}
 * (random jumps, filters) and searches through {@link CaseSearch}, each next to a bare query of
 * the same run. Size per city: {@code -Dcases.benchmark.size=10000000} (default 1,000,000). Run
 * with {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=CaseScaleBenchmark}.
 */
@Tag("benchmark")
@AppTest
// The dashboards' rollups of ten years of history are computed on their own schedule, not measured here.
@TestPropertySource(properties = {"citydialogue.test.context=scale-benchmark",
    "citydialogue.benchmarks.refresh-ms=86400000"})
class CaseScaleBenchmark {

    private static final long SIZE = Long.getLong("cases.benchmark.size", 1_000_000);
    private static final int SAMPLES = Integer.getInteger("cases.benchmark.samples", 300);
    private static final int PAGE = 50;
    /** Which cities to build and measure, e.g. {@code -Dcases.benchmark.cities=jinan}; both by default. */
    private static final List<String> CITIES = List.of(System.getProperty("cases.benchmark.cities", "vasteras,jinan")
            .split(","));

    @Autowired
    CaseCatalogue catalogue;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    BusinessCalendars calendars;
    @Autowired
    CaseSearch search;
    @Autowired
    CaseQueue queue;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Deadlines deadlines;
    @Autowired
    ApplicationContext context;

    @Test
    void queue_and_search_on_a_large_city() throws Exception {
        for (String id : CITIES) {
            Tenant tenant = tenants.require(id);
            build(tenant);
            TenantContext.call(id, () -> {
                grid(tenant);
                search(tenant);
                return null;
            });
        }
    }

    /**
     * Generated history over the ten years before 2026, bulk-loaded with its search documents
     * ({@link BulkHistory}: the CSV import's own speed is {@code CaseImportBenchmark}'s figure).
     */
    private void build(Tenant tenant) throws Exception {
        long start = System.nanoTime();
        long rows;
        try (Connection owner = StoreOwner.connect(context)) {
            // About 2,600 working days in ten years, and a few contacts on the days off.
            rows = new BulkHistory(tenant, catalogue.require(tenant.id()), calendars.forTenant(tenant), deadlines)
                    .load(owner, LocalDate.of(2016, 1, 1), LocalDate.of(2026, 1, 1), SIZE / 2_600.0, 7, "benchmark");
        }
        double seconds = seconds(start);
        System.out.printf("%n%s: %,d cases with search documents and indexes built in %.1f s (%,.0f/s)%n",
                tenant.id(), rows, seconds, rows / seconds);
    }

    private void grid(Tenant tenant) {
        CaseSettings settings = catalogue.require(tenant.id());
        Random random = new Random(11);
        List<CaseQueue.Filter> filters = List.of(CaseQueue.Filter.open(), CaseQueue.Filter.every(),
                new CaseQueue.Filter(null, settings.categories().get(2).code(), null, null, false, null, null, false),
                new CaseQueue.Filter(null, null, settings.channels().get(1), null, true, null, null, false),
                CaseQueue.Filter.open().withDeadline(DeadlineState.BREACHED),
                CaseQueue.Filter.every().withDepartment(tenant.departments().get(0).code()));
        // Jumps land within the real list; the queue's own count may be the planner's estimate.
        int[] counts = filters.stream().mapToInt(queue::exactCount).toArray();
        System.out.printf("%s grid filters (cases each): %s; the queue's counts: %s%n", tenant.id(),
                Arrays.toString(counts), Arrays.toString(filters.stream().mapToInt(queue::count).toArray()));
        List<Long> page = new ArrayList<>(), count = new ArrayList<>(), bare = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            int f = random.nextInt(filters.size());
            CaseQueue.Filter filter = filters.get(f);
            // A jump anywhere in the list, as a scrollbar dragged to a random place.
            int offset = counts[f] <= PAGE ? 0 : random.nextInt(counts[f] - PAGE);
            page.add(time(() -> queue.page(filter, offset, PAGE)));
            count.add(time(() -> queue.count(filter)));
            bare.add(time(() -> jdbc.sql("select * from resident_case order by id limit ? offset ?")
                    .params(PAGE, offset).query(Cases::row).list()));
        }
        double pageP95 = report(tenant.id() + " grid page (CaseQueue.page)       ", page, 100);
        double countP95 = report(tenant.id() + " grid count (CaseQueue.count)     ", count, 100);
        double bareP95 = report(tenant.id() + " reference: select … order by id limit/offset", bare, 0);
        String size = String.format(java.util.Locale.ROOT, "%,d cases, %d random jumps and filters", counts[1], SAMPLES);
        BenchmarkFigures.record("3", "grid page fetch p95, " + tenant.id(), pageP95, "ms",
                "bare order by id limit/offset p95, ms", bareP95, "< 100 ms on 10,000,000 cases", pageP95 < 100, size);
        BenchmarkFigures.record("3", "grid count p95, " + tenant.id(), countP95, "ms", null, null, "< 100 ms",
                countP95 < 100, size);
    }

    private void search(Tenant tenant) {
        boolean chinese = "zh".equals(tenant.defaultLocale().getLanguage());
        Random random = new Random(13);
        // Words residents really wrote: taken from a sample of the stored descriptions.
        List<String> words = new ArrayList<>();
        for (String description : jdbc.sql("select description from resident_case tablesample system (1) limit 500")
                .query(String.class).list()) {
            if (chinese) {
                String han = description.replaceAll("[^\\p{IsHan}]", "");
                if (han.length() >= 2) {
                    int at = random.nextInt(han.length() - 1);
                    words.add(han.substring(at, at + 2));
                }
            } else {
                List<String> long_ = Arrays.stream(description.split("[^\\p{L}]+")).filter(w -> w.length() >= 5)
                        .toList();
                if (!long_.isEmpty()) {
                    words.add(long_.get(random.nextInt(long_.size())).toLowerCase());
                }
            }
        }
        SearchLanguage language = SearchLanguage.of(tenant);
        List<Long> found = new ArrayList<>(), bare = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            String word = words.get(random.nextInt(words.size()));
            found.add(time(() -> search.search(word, 20)));
            String tokens = language.query(word);
            bare.add(time(() -> jdbc.sql("select id from resident_case where search @@ plainto_tsquery('"
                    + language.config + "', ?) limit 20").param(chinese ? tokens : word).query(Long.class).list()));
        }
        double searchP95 = report(tenant.id() + " search (CaseSearch.search, 20 hits)", found, 200);
        double bareP95 = report(tenant.id() + " reference: GIN lookup, 20 ids, unranked", bare, 0);
        BenchmarkFigures.record("3", "search p95, " + tenant.id(), searchP95, "ms", "GIN lookup, 20 ids, unranked, p95 ms",
                bareP95, "< 200 ms on 10,000,000 cases", searchP95 < 200,
                jdbc.sql("select count(*) from resident_case").query(Long.class).single() + " cases, " + SAMPLES
                        + " searches for words residents wrote");
    }

    private static long time(Callable<?> work) {
        long start = System.nanoTime();
        try {
            work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - start;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double report(String what, List<Long> nanos, int goalP95Millis) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%s: p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  (n=%d)%s%n", what, at(sorted, 0.50),
                at(sorted, 0.95), at(sorted, 0.99), sorted.length,
                goalP95Millis > 0 ? "  goal p95 < " + goalP95Millis + " ms" : "");
        return at(sorted, 0.95);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
