package org.citydialogue.cases;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.citydialogue.calendar.BusinessCalendars;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds each city of a demo with a year of generated history, scaled down (a few contacts per
 * working day) so the first start stays fast; full volumes are for the benchmark. Runs once per
 * store: history already there is left alone.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "citydialogue.demo.enabled", havingValue = "true")
class DemoCaseHistory implements ApplicationRunner {

    static final String REGISTERED_BY = "demo-history";
    private static final Logger log = LoggerFactory.getLogger(DemoCaseHistory.class);

    private final TenantDirectory tenants;
    private final CaseCatalogue catalogue;
    private final BusinessCalendars calendars;
    private final CaseImport caseImport;
    private final JdbcClient jdbc;
    private final int days;

    DemoCaseHistory(TenantDirectory tenants, CaseCatalogue catalogue, BusinessCalendars calendars,
            CaseImport caseImport, JdbcClient jdbc, @Value("${citydialogue.demo.case-history-days:365}") int days) {
        this.tenants = tenants;
        this.catalogue = catalogue;
        this.calendars = calendars;
        this.caseImport = caseImport;
        this.jdbc = jdbc;
        this.days = days;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (days <= 0) {
            return;
        }
        for (Tenant tenant : tenants.all()) {
            catalogue.of(tenant.id()).ifPresent(settings -> TenantContext.run(tenant.id(), () -> seed(tenant,
                    settings)));
        }
    }

    private void seed(Tenant tenant, CaseSettings settings) {
        boolean seeded = jdbc.sql("select exists (select 1 from resident_case where registered_by = ?)")
                .param(REGISTERED_BY).query(Boolean.class).single();
        if (seeded) {
            return;
        }
        LocalDate today = LocalDate.now(tenant.zone());
        var csv = new StringWriter();
        try {
            long rows = new CaseHistory(tenant, settings, calendars.forTenant(tenant), tenant.id().hashCode())
                    .write(csv, today.minusDays(days), today, "china".equals(tenant.calendar()) ? 8 : 4);
            ImportReport report = caseImport.importAs(REGISTERED_BY,
                    new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
            if (!report.succeeded()) {
                throw new IllegalStateException("Generated history was refused: " + report.problems().getFirst());
            }
            log.info("Demo history: {} of {} generated cases imported for {}", report.imported(), rows, tenant.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
