package org.citydialogue.benchmarks;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Makes a KPI's cells from rollup rows: per month the total, and the parts by category and by
 * channel, each with the count its small-cell threshold applies to.
 */
final class KpiTables {

    private KpiTables() {
    }

    static List<KpiCell> cells(Kpi kpi, List<RollupRow> rows, long population) {
        Map<YearMonth, RollupCell> totals = sum(rows, RollupRow::month);
        Map<YearMonth, Map<String, RollupCell>> byCategory = new TreeMap<>();
        Map<YearMonth, Map<String, RollupCell>> byChannel = new TreeMap<>();
        for (RollupRow row : rows) {
            byCategory.computeIfAbsent(row.month(), m -> new TreeMap<>())
                    .computeIfAbsent(row.category(), c -> new RollupCell()).add(row.cell());
            byChannel.computeIfAbsent(row.month(), m -> new TreeMap<>())
                    .computeIfAbsent(row.channel(), c -> new RollupCell()).add(row.cell());
        }
        List<KpiCell> cells = new ArrayList<>();
        boolean share = kpi.measure().type() == Kpi.Type.SHARE;
        totals.forEach((month, total) -> {
            cells.add(cell(kpi, month, KpiCell.Dimension.TOTAL, "", total, total, population));
            if (!share) {
                byCategory.get(month).forEach((category, part) ->
                        cells.add(cell(kpi, month, KpiCell.Dimension.CATEGORY, category, part, total, population)));
            }
            byChannel.get(month).forEach((channel, part) ->
                    cells.add(cell(kpi, month, KpiCell.Dimension.CHANNEL, channel, part, total, population)));
        });
        return cells;
    }

    static KpiCell cell(Kpi kpi, YearMonth month, KpiCell.Dimension dimension, String member, RollupCell part,
            RollupCell total, long population) {
        Kpi.Measure measure = kpi.measure();
        long base = kpi.survey() ? part.get("rated") : part.get("contacts");
        Long numerator = measure.numerator() == null ? null : part.get(measure.numerator());
        Long denominator = switch (measure.type()) {
            case RATIO, MEAN, QUANTILE -> part.get(measure.denominator());
            case SHARE -> total.get(measure.numerator());
            case PER_CAPITA -> population;
            case COUNT -> null;
        };
        Double value = switch (measure.type()) {
            case RATIO, MEAN, SHARE -> denominator == 0 ? null : (double) numerator / denominator;
            case QUANTILE -> denominator == 0 ? null : part.answerHoursQuantile(measure.q());
            case PER_CAPITA -> population <= 0 ? null : numerator * 10_000.0 / population;
            case COUNT -> (double) numerator;
        };
        return new KpiCell(kpi.id(), month, dimension, member, numerator, denominator, base, value, false);
    }

    private static <K extends Comparable<K>> Map<K, RollupCell> sum(List<RollupRow> rows,
            Function<RollupRow, K> key) {
        Map<K, RollupCell> sums = new TreeMap<>();
        for (RollupRow row : rows) {
            sums.computeIfAbsent(key.apply(row), k -> new RollupCell()).add(row.cell());
        }
        return sums;
    }
}
