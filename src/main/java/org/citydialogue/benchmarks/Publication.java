package org.citydialogue.benchmarks;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** One publication of KPIs to a partnership: who published what, when, and how much was suppressed. */
public record Publication(long id, String partnershipId, String tenantId, List<String> kpis, YearMonth from,
        YearMonth to, int catalogueVersion, int cells, int suppressed, String publishedBy, Instant publishedAt) {

    public Publication {
        kpis = List.copyOf(kpis);
    }
}
