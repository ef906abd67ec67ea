package org.citydialogue.plans;

import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.citydialogue.benchmarks.BenchmarkDashboards;
import org.citydialogue.benchmarks.BenchmarkPublications;
import org.springframework.stereotype.Component;

/** Bound indicators read what the partner city published of a benchmark KPI, and nothing else. */
@Component
class BenchmarkIndicators implements PublishedKpis {

    private final BenchmarkDashboards dashboards;
    private final BenchmarkPublications publications;

    BenchmarkIndicators(BenchmarkDashboards dashboards, BenchmarkPublications publications) {
        this.dashboards = dashboards;
        this.publications = publications;
    }

    @Override
    public Optional<BigDecimal> current(String partnershipId, String code, String tenantId) {
        var value = dashboards.latestPublished(partnershipId, code, tenantId);
        return value.isPresent()
                ? Optional.of(BigDecimal.valueOf(value.getAsDouble()).setScale(1, RoundingMode.HALF_UP))
                : Optional.empty();
    }

    @Override
    public Registration whenPublished(String partnershipId, Runnable onPublished) {
        return publications.subscribe(partnershipId, onPublished);
    }
}
