package org.citydialogue.cases;

import java.time.Instant;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The cases module's scheduled work: every night, the retention run ({@link CaseRetention}) for
 * each tenant with a retention time, in its own store; one tenant's failure does not stop the
 * others, and a missed night is caught up by the next (the run takes everything overdue).
 * The time is {@code citydialogue.retention.cron} (default 03:15 server time).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionScheduling {

    private static final Logger log = LoggerFactory.getLogger(RetentionScheduling.class);

    private final TenantDirectory tenants;
    private final CaseCatalogue catalogue;
    private final CaseRetention retention;

    RetentionScheduling(TenantDirectory tenants, CaseCatalogue catalogue, CaseRetention retention) {
        this.tenants = tenants;
        this.catalogue = catalogue;
        this.retention = retention;
    }

    @Scheduled(cron = "${citydialogue.retention.cron:0 15 3 * * *}")
    void anonymiseExpiredCases() {
        Instant now = Instant.now();
        for (Tenant tenant : tenants.all()) {
            if (catalogue.of(tenant.id()).map(CaseSettings::retentionMonths).orElse(0) <= 0) {
                continue;
            }
            try {
                int count = TenantContext.call(tenant.id(), () -> retention.anonymiseExpired(tenant, now));
                if (count > 0) {
                    log.info("Retention: anonymised {} cases of {}", count, tenant.id());
                }
            } catch (Exception e) {
                log.warn("Retention run of {} failed: {}", tenant.id(), e.toString());
            }
        }
    }
}
