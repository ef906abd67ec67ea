package org.citydialogue.plans;

import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where a bound indicator reads its current value: the latest value of KPI {@code code} that
 * tenant {@code tenantId} has published to the partnership ({@link BenchmarkIndicators}, over the
 * benchmarks module's public API).
 */
public interface PublishedKpis {

    Optional<BigDecimal> current(String partnershipId, String code, String tenantId);

    /** Calls {@code onPublished} whenever a city publishes KPIs to the partnership, on any node. */
    Registration whenPublished(String partnershipId, Runnable onPublished);
}
