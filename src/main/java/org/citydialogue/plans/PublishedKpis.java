package org.citydialogue.plans;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where a bound indicator reads its current value: the latest value of KPI {@code code} that
 * tenant {@code tenantId} has published to the partnership. Implemented over the benchmarks
 * module's public API; without an implementation, indicators keep their manually entered value.
 */
public interface PublishedKpis {

    Optional<BigDecimal> current(String partnershipId, String code, String tenantId);
}
