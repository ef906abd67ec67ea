package org.citydialogue.benchmarks;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What a partnership's dashboard shows for one KPI: each city's published monthly totals (and parts
 * by channel) side by side, the partnership average, the target and Kolada reference lines.
 *
 * @param months     every month any city published, in order
 * @param average    per month, the unweighted mean of the cities' published values (null where none)
 * @param target     the partnership's own target, else the catalogue's; null when neither has one
 */
public record Dashboard(Kpi kpi, List<YearMonth> months, List<City> cities, List<Double> average,
        List<Reference> references, Target target) {

    public Dashboard {
        months = List.copyOf(months);
        cities = List.copyOf(cities);
        average = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(average));
        references = List.copyOf(references);
    }

    /**
     * One city's published cells of the KPI.
     *
     * @param totals the month's total per month of {@link Dashboard#months()}, null where not published
     * @param parts  the published parts by category and by channel, by month, suppressed ones included
     */
    public record City(String tenantId, Map<String, String> names, long population, List<KpiCell> totals,
            Map<YearMonth, List<KpiCell>> parts) {

        public City {
            names = Map.copyOf(names);
            totals = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(totals));
            parts = Map.copyOf(parts);
        }

        /** The month's published parts by category or by channel, as published: hidden ones stay hidden. */
        public List<KpiCell> parts(YearMonth month, KpiCell.Dimension by) {
            return parts.getOrDefault(month, List.of()).stream().filter(cell -> cell.dimension() == by).toList();
        }
    }

    /** A target in the KPI's scale, and whether the partnership agreed it (else it is the catalogue's). */
    public record Target(double value, boolean agreed) {
    }

    /** A Swedish national reference value from Kolada, in the KPI's scale. */
    public record Reference(String koladaId, String municipality, int period, double value) {
    }
}
