package org.citydialogue.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One harmonised KPI of the catalogue: how it is made from a tenant's rollup, how to read it, where it
 * comes from and what limits comparing it across cities.
 *
 * @param formula       the definition over case events, as people read it
 * @param definitions   a one-line definition by language tag (sv, en, zh-Hans)
 * @param comparability what limits comparing it across cities, by language tag (sv, en, zh-Hans)
 * @param survey        whether its cells are survey answers, suppressed under the survey threshold
 * @param kolada        the Kolada ids it can be set against as a reference
 * @param target        the level the partnership aims at, or null
 */
public record Kpi(String id, String formula, Measure measure, Unit unit, Direction direction, boolean survey,
        String source, Map<String, String> comparability, List<KoladaMapping> kolada, Map<String, String> definitions,
        Target target) {

    public Kpi {
        kolada = List.copyOf(kolada);
        definitions = Map.copyOf(definitions);
        comparability = Map.copyOf(comparability);
    }

    /** The definition in the reader's language, else English. */
    public String definition(Locale locale) {
        return inLanguage(definitions, locale);
    }

    /** The comparability note in the reader's language, else English. */
    public String comparability(Locale locale) {
        return inLanguage(comparability, locale);
    }

    private static String inLanguage(Map<String, String> texts, Locale locale) {
        String key = "zh".equals(locale.getLanguage()) ? "zh-Hans" : locale.getLanguage();
        return texts.getOrDefault(key, texts.get("en"));
    }

    /** How a value is made from rollup columns; see the catalogue file's header. */
    public record Measure(Type type, String numerator, String denominator, double q) {
    }

    public enum Type {
        RATIO, MEAN, QUANTILE, SHARE, PER_CAPITA, COUNT
    }

    public enum Unit {
        PERCENT, HOURS, INDEX, COUNT, PER_10K
    }

    public enum Direction {
        HIGHER_BETTER, LOWER_BETTER, NEUTRAL
    }

    /** A level to aim at (in the KPI's own scale, e.g. 0.95 for 95 %) and where it comes from. */
    public record Target(double value, String source) {
    }

    /** A Kolada KPI id, optionally for one channel only (e.g. N00671 by phone). */
    public record KoladaMapping(String id, String channel, String note) {
    }
}
