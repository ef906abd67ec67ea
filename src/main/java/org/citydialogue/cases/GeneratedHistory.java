package org.citydialogue.cases;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.citydialogue.calendar.BusinessCalendars;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.stereotype.Service;

/**
 * Generated case history (the demo's generator) imported at any volume, streamed from the generator
 * straight into the import, for other modules' benchmarks (e.g. 10 million Jinan cases).
 */
@Service
public class GeneratedHistory {

    private final CaseCatalogue catalogue;
    private final BusinessCalendars calendars;
    private final CaseImport caseImport;

    GeneratedHistory(CaseCatalogue catalogue, BusinessCalendars calendars, CaseImport caseImport) {
        this.catalogue = catalogue;
        this.calendars = calendars;
        this.caseImport = caseImport;
    }

    /**
     * Imports about {@code perWorkingDay} generated cases per working day of [from, to) into the
     * tenant bound to this thread, registered by {@code registeredBy}.
     *
     * @return the report of the import
     */
    public ImportReport importInto(Tenant tenant, LocalDate from, LocalDate to, double perWorkingDay, long seed,
            String registeredBy) throws IOException {
        if (!tenant.id().equals(TenantContext.current().orElse(null))) {
            throw new IllegalStateException("History for " + tenant.id() + " generated while working as "
                    + TenantContext.current().orElse(null));
        }
        CaseHistory history = new CaseHistory(tenant, catalogue.require(tenant.id()), calendars.forTenant(tenant),
                seed);
        try (PipedInputStream in = new PipedInputStream(1 << 20)) {
            PipedOutputStream out = new PipedOutputStream(in);
            Thread writer = Thread.ofPlatform().daemon().name("generated-history").start(() -> {
                try (var csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
                    history.write(csv, from, to, perWorkingDay);
                } catch (IOException e) {
                    // the import stopped reading (a refused row): its report says why
                }
            });
            ImportReport report = caseImport.importAs(registeredBy, in);
            writer.interrupt();
            return report;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
