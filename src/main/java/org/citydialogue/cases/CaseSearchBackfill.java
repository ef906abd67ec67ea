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
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Gives cases owed a search document one ({@link SearchDocuments}), a batch at a time per tenant, in
 * the background: at start-up (cases stored before search existed, or left by an interrupted run)
 * and after each import, so a large import is stored at COPY speed and becomes searchable moments later. A tenant whose
 * store fails is logged and skipped until the next run.
 */
@Component
class CaseSearchBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CaseSearchBackfill.class);
    private static final int BATCH = 5_000;

    private final TenantDirectory tenants;
    private final SearchDocuments documents;

    CaseSearchBackfill(TenantDirectory tenants, SearchDocuments documents) {
        this.tenants = tenants;
        this.documents = documents;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread.ofVirtual().name("search-backfill").start(() -> tenants.all().forEach(this::fillLogged));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void imported(CasesImported imported) {
        tenants.find(imported.tenantId()).ifPresent(tenant ->
                Thread.ofVirtual().name("search-after-import").start(() -> fillLogged(tenant)));
    }

    private void fillLogged(Tenant tenant) {
        try {
            int filled = TenantContext.call(tenant.id(), () -> fill(tenant));
            if (filled > 0) {
                log.info("Search documents written for {} cases of {}", filled, tenant.id());
            }
        } catch (Exception e) {
            log.warn("Search documents of {} not filled: {}", tenant.id(), e.toString());
        }
    }

    private int fill(Tenant tenant) {
        int filled = 0;
        for (int written = documents.writeOwed(tenant, BATCH); written > 0;
                written = documents.writeOwed(tenant, BATCH)) {
            filled += written;
        }
        return filled;
    }
}
