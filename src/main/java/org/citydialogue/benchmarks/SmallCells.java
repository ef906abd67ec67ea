package org.citydialogue.benchmarks;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small-cell suppression with complementary suppression, applied before anything leaves the tenant.
 *
 * <p>A cell whose base (cases, or survey answers) is below the threshold is suppressed. Each
 * breakdown of a month (by category, by channel) adds up to the month's total, so one suppressed
 * part would be the total minus the others: whenever a breakdown has exactly one suppressed part,
 * the smallest other part is suppressed too. A suppressed total suppresses all its parts. The
 * breakdowns share no part but the total, so no cell can be solved from two of them together.
 */
final class SmallCells {

    private SmallCells() {
    }

    /** The cells of one KPI with every cell that must not be published emptied. */
    static List<KpiCell> suppress(List<KpiCell> cells, int threshold) {
        Map<YearMonth, KpiCell> totals = new LinkedHashMap<>();
        Map<String, List<KpiCell>> breakdowns = new LinkedHashMap<>();
        for (KpiCell cell : cells) {
            if (cell.dimension() == KpiCell.Dimension.TOTAL) {
                totals.put(cell.month(), cell);
            } else {
                breakdowns.computeIfAbsent(cell.month() + "/" + cell.dimension(), k -> new ArrayList<>()).add(cell);
            }
        }
        Set<KpiCell> hidden = new HashSet<>();
        totals.values().stream().filter(total -> total.base() < threshold).forEach(hidden::add);
        for (List<KpiCell> parts : breakdowns.values()) {
            KpiCell total = totals.get(parts.getFirst().month());
            if (total == null || hidden.contains(total)) {
                hidden.addAll(parts);
                continue;
            }
            List<KpiCell> small = parts.stream().filter(part -> part.base() < threshold).toList();
            hidden.addAll(small);
            if (small.size() == 1) {
                parts.stream().filter(part -> !hidden.contains(part))
                        .min(Comparator.comparingLong(KpiCell::base).thenComparing(KpiCell::member))
                        .ifPresent(hidden::add);
            }
        }
        return cells.stream().map(cell -> hidden.contains(cell) ? cell.suppress() : cell).toList();
    }
}
