package org.citydialogue.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What a partner receives cannot be turned back into a suppressed cell by adding and subtracting. */
class SmallCellsTest {

    private final Kpi responseRate = new KpiCatalogue().require("response-rate");

    @Test
    void a_lone_small_category_is_hidden_together_with_the_next_smallest() {
        List<KpiCell> published = SmallCells.suppress(month(Map.of("housing", 3, "traffic", 40, "health", 12),
                Map.of("hotline", 30, "web", 25)), 5);

        assertThat(hidden(published)).containsExactlyInAnyOrder("category/housing", "category/health");
        assertThat(derive(published)).isEmpty();
    }

    @Test
    void a_small_month_hides_its_total_and_every_part() {
        List<KpiCell> published = SmallCells.suppress(month(Map.of("housing", 2, "traffic", 2),
                Map.of("hotline", 4)), 5);

        assertThat(published).allMatch(KpiCell::suppressed);
    }

    @Test
    void an_attacker_solving_every_breakdown_recovers_no_suppressed_cell_in_a_thousand_random_months() {
        Random random = new Random(20261122);
        int suppressedSeen = 0;
        for (int run = 0; run < 1000; run++) {
            int total = 5 + random.nextInt(120);
            List<KpiCell> published = SmallCells.suppress(month(split(total, 2 + random.nextInt(7), random),
                    split(total, 1 + random.nextInt(5), random)), 2 + random.nextInt(10));
            suppressedSeen += (int) published.stream().filter(KpiCell::suppressed).count();
            assertThat(derive(published)).as("run %d: %s", run, published).isEmpty();
        }
        assertThat(suppressedSeen).as("the random months do contain small cells").isGreaterThan(500);
    }

    /**
     * Every cell an attacker can compute: in each breakdown of a month, a single unknown part is
     * the total minus the known parts (base, numerator and denominator alike).
     */
    private static List<String> derive(List<KpiCell> published) {
        KpiCell total = published.stream().filter(c -> c.dimension() == KpiCell.Dimension.TOTAL).findFirst()
                .orElseThrow();
        List<String> derived = new ArrayList<>();
        if (total.suppressed()) {
            return derived;
        }
        for (KpiCell.Dimension dimension : List.of(KpiCell.Dimension.CATEGORY, KpiCell.Dimension.CHANNEL)) {
            List<KpiCell> parts = published.stream().filter(c -> c.dimension() == dimension).toList();
            List<KpiCell> unknown = parts.stream().filter(KpiCell::suppressed).toList();
            if (unknown.size() == 1) {
                derived.add(dimension.code() + "/" + unknown.getFirst().member());
            }
        }
        return derived;
    }

    private static List<String> hidden(List<KpiCell> cells) {
        return cells.stream().filter(KpiCell::suppressed).map(c -> c.dimension().code() + "/" + c.member()).toList();
    }

    private List<KpiCell> month(Map<String, Integer> categories, Map<String, Integer> channels) {
        YearMonth month = YearMonth.of(2026, 3);
        long total = categories.values().stream().mapToLong(Integer::longValue).sum();
        List<KpiCell> cells = new ArrayList<>();
        cells.add(cell(month, KpiCell.Dimension.TOTAL, "", total));
        categories.forEach((code, n) -> cells.add(cell(month, KpiCell.Dimension.CATEGORY, code, n)));
        channels.forEach((code, n) -> cells.add(cell(month, KpiCell.Dimension.CHANNEL, code, n)));
        return cells;
    }

    private KpiCell cell(YearMonth month, KpiCell.Dimension dimension, String member, long contacts) {
        RollupCell sums = new RollupCell();
        sums.set("contacts", contacts);
        sums.set("answered", contacts / 2);
        return KpiTables.cell(responseRate, month, dimension, member, sums, sums, 0);
    }

    private static Map<String, Integer> split(int total, int parts, Random random) {
        Map<String, Integer> split = new HashMap<>();
        int left = total;
        for (int i = 0; i < parts - 1 && left > 1; i++) {
            int n = 1 + random.nextInt(Math.max(1, left / 2));
            split.put("p" + i, n);
            left -= n;
        }
        split.merge("p" + (parts - 1), left, Integer::sum);
        return split;
    }
}
