package org.citydialogue.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.i18n.Msg;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Loads historic cases from CSV with PostgreSQL COPY into a table of their own (tenant V22), which a
 * bulk import of 10,000 cases or more then indexes once and attaches as a partition of the case
 * table when it commits — the live cases' indexes take no entry one by one; a smaller one joins the
 * live cases. Each row is checked as it streams past (problems name line and field), given its id,
 * case number and answer deadline in the tenant's working days; a file with any problem is rolled
 * back whole, table and all, so nothing is ever half-imported. Search documents follow right after
 * commit, in the background.
 */
@Service
public class CaseImport {

    /** The CSV header, in this order. Dates are ISO 8601 with an offset, e.g. 2026-03-02T09:15:00+01:00. */
    public static final List<String> COLUMNS = List.of("kind", "channel", "category", "department", "status",
            "description", "location", "received_at", "answered_at", "closed_at", "resident_name", "resident_email",
            "resident_phone", "resident_language");

    private static final int MAX_PROBLEMS = 100;
    private static final int FIELDS = 18;

    private final DataSource dataSource;
    private final CaseCatalogue catalogue;
    private final TenantDirectory tenants;
    private final Deadlines deadlines;
    private final ApplicationEventPublisher events;

    CaseImport(DataSource dataSource, CaseCatalogue catalogue, TenantDirectory tenants, Deadlines deadlines,
            ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.catalogue = catalogue;
        this.tenants = tenants;
        this.deadlines = deadlines;
        this.events = events;
    }

    /** Imports the file for the staff member's tenant, or nothing if any row has a problem. */
    @Transactional
    public ImportReport importCsv(StaffUser staff, InputStream csv) throws IOException {
        if (!TenantContext.current().filter(staff.tenantId()::equals).isPresent()) {
            throw new IllegalStateException("Import outside the staff member's tenant");
        }
        return importAs("import:" + staff.username(), csv);
    }

    /** Imports for the tenant bound to this thread; {@code registeredBy} says where the cases came from. */
    @Transactional
    ImportReport importAs(String registeredBy, InputStream csv) throws IOException {
        Tenant tenant = tenants.require(TenantContext.current().orElseThrow());
        CaseSettings settings = catalogue.require(tenant.id());
        CsvRows rows = new CsvRows(new InputStreamReader(csv, StandardCharsets.UTF_8));
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (CaseNumbers numbers = new CaseNumbers(dataSource)) {
            try (var statement = connection.createStatement()) {
                // Still all or nothing; only a database crash within a moment after commit could lose
                // an import reported done (never half of one), and its file is at hand to load again.
                statement.execute("set local synchronous_commit = off");
                // The partition's indexes are built by sorting its rows: in memory, not in temp files.
                statement.execute("set local maintenance_work_mem = '256MB'");
            }
            ImportPartition partition = ImportPartition.open(connection);
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(partition.copy());
            List<ImportReport.Problem> problems = new ArrayList<>();
            Target target = new Target(copy, tenant, settings, registeredBy, numbers, partition);
            int imported = stream(rows, target, problems);
            if (!problems.isEmpty() || imported == 0) {
                copy.cancelCopy();
                TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
                return new ImportReport(0, List.copyOf(problems));
            }
            copy.endCopy();
            partition.attach(connection, imported);
            events.publishEvent(new CasesImported(tenant.id(), imported));
            return new ImportReport(imported, List.of());
        } catch (SQLException e) {
            throw new IllegalStateException("Import failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Reads, checks and encodes every row into {@code target}; package-private for CaseImportPipelineBenchmark. */
    int stream(CsvRows rows, Target target, List<ImportReport.Problem> problems)
            throws IOException, SQLException {
        try {
            CsvRow header = rows.next();
            if (header == null || !header.fields().equals(COLUMNS)) {
                problems.add(new ImportReport.Problem(1, "(row)", Msg.key("import.error.header"), ""));
                return 0;
            }
            ImportRowCheck check = new ImportRowCheck(target.settings, target.tenant);
            int imported = 0;
            for (CsvRow row = rows.next(); row != null && problems.size() < MAX_PROBLEMS; row = rows.next()) {
                if (row.size() != COLUMNS.size()) {
                    problems.add(new ImportReport.Problem(rows.line(), "(row)", Msg.key("import.error.row"), ""));
                    continue;
                }
                ImportRowCheck.Times times = check.check(rows.line(), row, problems);
                // After the first problem nothing will be kept; the rest is only read for problems.
                if (problems.isEmpty()) {
                    target.write(row, times);
                    imported++;
                }
            }
            target.end();
            return imported;
        } catch (CsvRows.MalformedRow e) {
            problems.add(new ImportReport.Problem(e.line, "(row)", Msg.key("import.error.row"), ""));
            return 0;
        }
    }

    /** Where checked rows go: binary COPY rows into the partition, with ids, numbers and deadlines added. */
    final class Target {
        private final CopyIn copy;
        private final Tenant tenant;
        private final CaseSettings settings;
        private final String registeredBy;
        private final CaseNumbers numbers;
        private final ImportPartition partition;
        private long nextId;
        private final Map<LocalDate, Instant> dueByDay = new HashMap<>();
        private final CopyBinary out = new CopyBinary();
        private final StringBuilder reference = new StringBuilder(32);

        Target(CopyIn copy, Tenant tenant, CaseSettings settings, String registeredBy, CaseNumbers numbers,
                ImportPartition partition) {
            this.copy = copy;
            this.tenant = tenant;
            this.settings = settings;
            this.registeredBy = registeredBy;
            this.numbers = numbers;
            this.partition = partition;
            this.nextId = partition.firstId();
        }

        void write(CsvRow row, ImportRowCheck.Times times) throws SQLException {
            partition.received(times.received());
            LocalDate day = times.received().atZone(tenant.zone()).toLocalDate();
            Instant due = dueByDay.computeIfAbsent(day, d -> deadlines.due(tenant,
                    d.atStartOfDay(tenant.zone()).toInstant(), settings.firstAnswerWorkingDays()));
            out.row(FIELDS);
            out.bigint(nextId++);
            out.text(reference(day.getYear(), numbers.next()));
            for (int i = 0; i < 7; i++) {
                out.text(row, i);
            }
            out.timestamp(times.received());
            out.timestamp(times.answered());
            out.timestamp(times.closed());
            for (int i = 10; i < COLUMNS.size(); i++) {
                out.text(row, i);
            }
            out.timestamp(due);
            out.text(registeredBy);
            if (out.full()) {
                flush();
            }
        }

        /** PREFIX-YEAR-000042, without String.format: this runs for every imported row. */
        private String reference(int year, long number) {
            reference.setLength(0);
            reference.append(settings.referencePrefix()).append('-').append(year).append('-');
            String digits = Long.toString(number);
            for (int pad = digits.length(); pad < 6; pad++) {
                reference.append('0');
            }
            return reference.append(digits).toString();
        }

        void end() throws SQLException {
            out.end();
            flush();
        }

        private void flush() throws SQLException {
            copy.writeToCopy(out.bytes(), 0, out.size());
            out.clear();
        }
    }
}
