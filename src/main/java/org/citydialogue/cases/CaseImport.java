package org.citydialogue.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.i18n.Msg;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Loads historic cases from CSV with PostgreSQL COPY: the file goes into a staging table, every
 * row is checked there in SQL, and only a file without problems is moved into the cases, in the
 * same transaction, so nothing is ever half-imported. Deadlines are counted in the tenant's
 * working days from the day of receipt.
 */
@Service
public class CaseImport {

    /** The CSV header, in this order. Dates are ISO 8601 with an offset, e.g. 2026-03-02T09:15:00+01:00. */
    public static final List<String> COLUMNS = List.of("kind", "channel", "category", "department", "status",
            "description", "location", "received_at", "answered_at", "closed_at", "resident_name", "resident_email",
            "resident_phone", "resident_language");

    private static final Pattern COPY_LINE = Pattern.compile("line (\\d+)");

    private final DataSource dataSource;
    private final CaseCatalogue catalogue;
    private final TenantDirectory tenants;
    private final Deadlines deadlines;
    private final ImportChecks checks;

    CaseImport(DataSource dataSource, CaseCatalogue catalogue, TenantDirectory tenants, Deadlines deadlines) {
        this.dataSource = dataSource;
        this.catalogue = catalogue;
        this.tenants = tenants;
        this.deadlines = deadlines;
        this.checks = new ImportChecks();
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
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            execute(connection, """
                    create temp table import_row (line bigint generated always as identity,
                        %s text) on commit drop""".formatted(String.join(" text, ", COLUMNS)));
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try {
                copy.copyIn("copy import_row (" + String.join(", ", COLUMNS)
                        + ") from stdin with (format csv, header match)", csv);
            } catch (SQLException e) {
                return refused(unreadable(e));
            }
            List<ImportReport.Problem> problems = checks.find(connection, settings, tenant);
            if (!problems.isEmpty()) {
                return refused(problems);
            }
            return new ImportReport(move(connection, tenant, settings, registeredBy), List.of());
        } catch (SQLException e) {
            throw new IllegalStateException("Import failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Moves the checked rows into the cases, with their answer deadlines and case numbers. */
    private int move(Connection connection, Tenant tenant, CaseSettings settings, String registeredBy)
            throws SQLException, IOException {
        String zone = tenant.zone().getId();
        LocalDate[] span = ImportChecks.receivedSpan(connection, zone);
        if (span == null) {
            return 0;
        }
        execute(connection, "create temp table import_due (day date primary key, due timestamptz) on commit drop");
        StringBuilder dues = new StringBuilder();
        for (LocalDate day = span[0]; !day.isAfter(span[1]); day = day.plusDays(1)) {
            dues.append(day).append('\t').append(deadlines.due(tenant, day.atStartOfDay(tenant.zone()).toInstant(),
                    settings.firstAnswerWorkingDays())).append('\n');
        }
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy import_due from stdin",
                new StringReader(dues.toString()));
        try (var insert = connection.prepareStatement("""
                insert into resident_case (reference, kind, channel, category, department, status, description,
                    location, resident_name, resident_email, resident_phone, resident_language, received_at,
                    answer_due_at, answered_at, closed_at, registered_by)
                select ? || '-' || extract(year from r.received_at::timestamptz at time zone ?)::int || '-'
                        || lpad(nextval('case_number')::text, 6, '0'),
                    r.kind, r.channel, r.category, nullif(r.department, ''), r.status, r.description,
                    nullif(r.location, ''), nullif(r.resident_name, ''), nullif(r.resident_email, ''),
                    nullif(r.resident_phone, ''), nullif(r.resident_language, ''), r.received_at::timestamptz,
                    d.due, nullif(r.answered_at, '')::timestamptz, nullif(r.closed_at, '')::timestamptz, ?
                from import_row r
                join import_due d on d.day = (r.received_at::timestamptz at time zone ?)::date
                order by r.line""")) {
            insert.setString(1, settings.referencePrefix());
            insert.setString(2, zone);
            insert.setString(3, registeredBy);
            insert.setString(4, zone);
            return insert.executeUpdate();
        }
    }

    /** Nothing of a file with problems is kept, whatever was already staged. */
    private static ImportReport refused(List<ImportReport.Problem> problems) {
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return new ImportReport(0, problems);
    }

    /** A row COPY cannot read (wrong number of columns, bad quoting): PostgreSQL names its line. */
    private static List<ImportReport.Problem> unreadable(SQLException e) {
        Matcher line = COPY_LINE.matcher(String.valueOf(e.getMessage()));
        long at = line.find() ? Long.parseLong(line.group(1)) : 0;
        String messageKey = at == 1 ? Msg.key("import.error.header") : Msg.key("import.error.row");
        return List.of(new ImportReport.Problem(at, "(row)", messageKey, ""));
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
