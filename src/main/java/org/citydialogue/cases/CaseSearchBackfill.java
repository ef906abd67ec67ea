package org.citydialogue.cases;

import java.util.List;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, gives every case that has no search document one (cases registered before search
 * existed), a batch at a time per tenant. A tenant whose store fails is logged and skipped: its
 * cases are filled at the next start.
 */
@Component
class CaseSearchBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CaseSearchBackfill.class);
    private static final int BATCH = 5_000;

    private final TenantDirectory tenants;
    private final CaseSearch search;

    CaseSearchBackfill(TenantDirectory tenants, CaseSearch search) {
        this.tenants = tenants;
        this.search = search;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Tenant tenant : tenants.all()) {
            try {
                int filled = TenantContext.call(tenant.id(), () -> fill(tenant));
                if (filled > 0) {
                    log.info("Search documents written for {} cases of {}", filled, tenant.id());
                }
            } catch (Exception e) {
                log.warn("Search documents of {} not filled: {}", tenant.id(), e.toString());
            }
        }
    }

    private int fill(Tenant tenant) {
        int filled = 0;
        for (int written = search.indexMissing(tenant, BATCH); written > 0; written = search.indexMissing(tenant,
                BATCH)) {
            filled += written;
        }
        return filled;
    }
}
