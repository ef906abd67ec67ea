package org.citydialogue.benchmarks;

/** A bad KPI catalogue: one line naming file, field and problem. */
public class KpiCatalogueException extends RuntimeException {

    public KpiCatalogueException(String file, String field, String problem) {
        super("Bad KPI catalogue: " + file + ": " + field + ": " + problem);
    }
}
