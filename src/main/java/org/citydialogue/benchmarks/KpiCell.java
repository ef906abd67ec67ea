package org.citydialogue.benchmarks;

import java.time.YearMonth;

/**
 * One value of one KPI for one month: the month's total, or one category's or channel's part of it.
 *
 * @param member     the category or channel code; empty for the total
 * @param numerator  the counted cases (null for a quantile, or when suppressed)
 * @param denominator what they are counted out of (null where the KPI has none, or when suppressed)
 * @param base       the count the small-cell threshold is applied to (contacts, or survey answers)
 * @param value      the KPI's value; null when suppressed or undefined
 */
public record KpiCell(String kpi, YearMonth month, Dimension dimension, String member, Long numerator,
        Long denominator, long base, Double value, boolean suppressed) {

    /** How a month's cases are broken down; each breakdown adds up to the month's total. */
    public enum Dimension {
        TOTAL, CATEGORY, CHANNEL;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Dimension of(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** The same cell with nothing in it but the fact that it is suppressed. */
    KpiCell suppress() {
        return new KpiCell(kpi, month, dimension, member, null, null, base, null, true);
    }
}
