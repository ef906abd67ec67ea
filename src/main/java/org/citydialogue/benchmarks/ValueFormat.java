package org.citydialogue.benchmarks;

import org.citydialogue.i18n.Formats;

/** A KPI value as the reader's locale writes it: percentages as such, other units with one decimal. */
public final class ValueFormat {

    private ValueFormat() {
    }

    public static String format(Kpi kpi, double value, Formats formats) {
        if (kpi.unit() == Kpi.Unit.PERCENT) {
            return formats.percent(value);
        }
        return formats.number(Math.round(value * 10) / 10.0);
    }
}
