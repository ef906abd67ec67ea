package org.citydialogue.benchmarks;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A dashboard as a table — one row per month, one column per city, then the partnership average —
 * the one shape the data table beside the chart, the CSV, the XLSX and the PDF report all use.
 * Per capita, a count KPI is shown per 10,000 inhabitants of each city's directory population.
 */
public final class DashboardRows {

    private DashboardRows() {
    }

    /** A city's value in a month: empty when not published, suppressed when hidden as a small cell. */
    public record Value(Double value, boolean suppressed) {
    }

    public record Row(YearMonth month, List<Value> cities, Double average) {
    }

    /** Whether per-capita normalisation changes this KPI (counts do; rates and times do not). */
    public static boolean normalisable(Kpi kpi) {
        return kpi.unit() == Kpi.Unit.COUNT;
    }

    public static List<Row> of(Dashboard dashboard, boolean perCapita) {
        boolean scale = perCapita && normalisable(dashboard.kpi());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < dashboard.months().size(); i++) {
            List<Value> values = new ArrayList<>();
            List<Double> shown = new ArrayList<>();
            for (Dashboard.City city : dashboard.cities()) {
                KpiCell cell = city.totals().get(i);
                Double value = cell == null || cell.value() == null ? null
                        : scale ? cell.value() * 10_000 / Math.max(1, city.population()) : cell.value();
                values.add(new Value(value, cell != null && cell.suppressed()));
                if (value != null) {
                    shown.add(value);
                }
            }
            Double average = scale ? shown.stream().mapToDouble(Double::doubleValue).average().stream().boxed()
                    .findFirst().orElse(null) : dashboard.average().get(i);
            rows.add(new Row(dashboard.months().get(i), values, average));
        }
        return rows;
    }
}
