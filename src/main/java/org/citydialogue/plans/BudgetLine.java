package org.citydialogue.plans;

import java.math.BigDecimal;

/** One line of the budget, kept in the currency it is paid in: planned, spent, and who pays. */
public record BudgetLine(long id, LocalizedText title, String tenantId, String currency, BigDecimal planned,
        BigDecimal spent, Funding funding, int version) {

    /** The ICLD grant, or the city's own contribution (staff time, premises, travel). */
    public enum Funding {
        GRANT, OWN;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
