package org.citydialogue.benchmarks;

import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Refreshes every city's dirty rollup months every {@code citydialogue.benchmarks.refresh-ms}
 * (default 20 s), so a case change shows in the KPIs within a minute. One tenant's failure does not
 * stop the others; the dirty marks stay until a refresh succeeds.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RollupRefreshScheduling {

    private static final Logger log = LoggerFactory.getLogger(RollupRefreshScheduling.class);

    private final TenantDirectory tenants;
    private final KpiRollups rollups;

    RollupRefreshScheduling(TenantDirectory tenants, KpiRollups rollups) {
        this.tenants = tenants;
        this.rollups = rollups;
    }

    @Scheduled(initialDelayString = "${citydialogue.benchmarks.refresh-ms:20000}",
            fixedDelayString = "${citydialogue.benchmarks.refresh-ms:20000}")
    void refreshDirtyMonths() {
        for (Tenant tenant : tenants.all()) {
            if (!tenant.isCity()) {
                continue;
            }
            try {
                var months = TenantContext.call(tenant.id(), () -> rollups.refresh(tenant));
                if (!months.isEmpty()) {
                    log.debug("KPI rollups of {} refreshed for {}", tenant.id(), months);
                }
            } catch (Exception e) {
                log.warn("KPI rollup refresh of {} failed: {}", tenant.id(), e.toString());
            }
        }
    }
}
