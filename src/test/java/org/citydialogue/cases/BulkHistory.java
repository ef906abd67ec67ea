package org.citydialogue.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.calendar.WorkingDays;
import org.citydialogue.tenancy.Tenant;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A benchmark's very large city built in minutes, not hours: generated history ({@link CaseHistory})
 * loaded into an <em>empty</em> tenant as the store's owner. The generator's CSV goes by COPY into a
 * temporary table; one set-based insert then gives every row its case number, its answer deadline
 * (one per day of receipt) and its search document (one per distinct description, made by the same
 * {@link SearchLanguage} and SQL as {@link CaseSearch#index}); the case table's secondary indexes are
 * dropped before and built after, in bulk ({@link SecondaryCaseIndexes}). {@code BulkHistoryTest} shows the rows equal what the CSV
 * import and the search backfill make of the same file.
 */
final class BulkHistory {

    private final Tenant tenant;
    private final CaseSettings settings;
    private final WorkingDays workingDays;
    private final Deadlines deadlines;

    BulkHistory(Tenant tenant, CaseSettings settings, WorkingDays workingDays, Deadlines deadlines) {
        this.tenant = tenant;
        this.settings = settings;
        this.workingDays = workingDays;
        this.deadlines = deadlines;
    }

    /**
     * Loads about {@code perWorkingDay} cases a working day of [from, to), generated from {@code seed},
     * registered by {@code registeredBy}, through {@code owner} (a connection as the store's owner).
     *
     * @return how many cases were loaded
     */
    long load(Connection owner, LocalDate from, LocalDate to, double perWorkingDay, long seed, String registeredBy)
            throws SQLException, IOException {
        owner.setAutoCommit(false);
        try (Statement sql = owner.createStatement()) {
            sql.execute("set local search_path to " + tenant.store().schema());
            sql.execute("set local maintenance_work_mem = '1GB'");
            sql.execute("set local work_mem = '256MB'");
            sql.execute("set local synchronous_commit = off");
            try (ResultSet any = sql.executeQuery("select exists (select 1 from resident_case)")) {
                any.next();
                if (any.getBoolean(1)) {
                    throw new IllegalStateException("Bulk history goes into an empty tenant only: " + tenant.id());
                }
            }
            sql.execute("create temp table staging (" + String.join(" text, ", CaseImport.COLUMNS)
                    + " text) on commit drop");
            long rows = copy(owner, from, to, perWorkingDay, seed);
            dueDays(owner, from, to);
            documents(owner);
            List<String> indexes = SecondaryCaseIndexes.drop(owner);
            insert(owner, registeredBy);
            SecondaryCaseIndexes.build(owner, indexes);
            owner.commit();
            owner.setAutoCommit(true);
            sql.execute("vacuum analyze " + tenant.store().schema() + ".resident_case");
            return rows;
        } catch (SQLException | IOException | RuntimeException e) {
            owner.rollback();
            throw e;
        }
    }

    private long copy(Connection owner, LocalDate from, LocalDate to, double perWorkingDay, long seed)
            throws SQLException, IOException {
        CopyIn copy = owner.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy staging from stdin (format csv, header match)");
        try (Writer out = new CopyWriter(copy)) {
            new CaseHistory(tenant, settings, workingDays, seed).write(out, from, to, perWorkingDay);
        }
        return copy.endCopy();
    }

    /** Each day's answer deadline, as the import computes it (from the start of the day of receipt). */
    private void dueDays(Connection owner, LocalDate from, LocalDate to) throws SQLException {
        List<java.sql.Date> days = new ArrayList<>();
        List<Timestamp> dues = new ArrayList<>();
        for (LocalDate day = from.minusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            days.add(java.sql.Date.valueOf(day));
            dues.add(Timestamp.from(deadlines.due(tenant, day.atStartOfDay(tenant.zone()).toInstant(),
                    settings.firstAnswerWorkingDays())));
        }
        try (PreparedStatement insert = owner.prepareStatement("create temp table due on commit drop as"
                + " select * from unnest(?::date[], ?::timestamptz[]) as d(day, due)")) {
            insert.setArray(1, owner.createArrayOf("date", days.toArray()));
            insert.setArray(2, owner.createArrayOf("timestamptz", dues.toArray()));
            insert.execute();
        }
    }

    /** A search document per distinct description; the notes of a new case are empty. */
    private void documents(Connection owner) throws SQLException {
        SearchLanguage language = SearchLanguage.of(tenant);
        Map<String, String> documents = new LinkedHashMap<>();
        try (Statement sql = owner.createStatement();
                ResultSet rows = sql.executeQuery("select distinct description from staging")) {
            while (rows.next()) {
                documents.put(rows.getString(1), language.document(rows.getString(1)));
            }
        }
        try (PreparedStatement insert = owner.prepareStatement("""
                create temp table document on commit drop as
                select d.description, setweight(to_tsvector('%1$s', d.document), 'A')
                    || setweight(to_tsvector('%1$s', ?), 'B') as search
                from unnest(?::text[], ?::text[]) as d(description, document)
                """.formatted(language.config))) {
            insert.setString(1, language.document(""));
            insert.setArray(2, owner.createArrayOf("text", documents.keySet().toArray()));
            insert.setArray(3, owner.createArrayOf("text", documents.values().toArray()));
            insert.execute();
        }
    }

    /** One insert: case numbers from the tenant's sequence, year of receipt in the tenant's zone. */
    private void insert(Connection owner, String registeredBy) throws SQLException {
        try (PreparedStatement insert = owner.prepareStatement("""
                insert into resident_case (reference, kind, channel, category, department, status, description,
                    location, received_at, answered_at, closed_at, resident_name, resident_email, resident_phone,
                    resident_language, answer_due_at, registered_by, search)
                select ? || '-' || to_char(s.day, 'YYYY') || '-'
                        || case when length(s.n) < 6 then lpad(s.n, 6, '0') else s.n end,
                    s.kind, s.channel, s.category, s.department, s.status, s.description, s.location, s.received,
                    s.answered_at::timestamptz, s.closed_at::timestamptz, s.resident_name, s.resident_email,
                    s.resident_phone, s.resident_language, due.due, ?, document.search
                from (select staging.*, received_at::timestamptz as received,
                        (received_at::timestamptz at time zone ?)::date as day,
                        nextval('case_number')::text as n
                      from staging) s
                join due on due.day = s.day
                join document on document.description = s.description
                """)) {
            insert.setString(1, settings.referencePrefix());
            insert.setString(2, registeredBy);
            insert.setString(3, tenant.zone().getId());
            insert.executeUpdate();
        }
    }

    /** The generator's text, as UTF-8 into COPY a megabyte at a time. */
    private static final class CopyWriter extends Writer {
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(1 << 20);

        CopyWriter(CopyIn copy) {
            this.copy = copy;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            buffer.append(chars, offset, length);
            if (buffer.length() >= 1 << 20) {
                flush();
            }
        }

        @Override
        public void write(String text) {
            buffer.append(text);
            if (buffer.length() >= 1 << 20) {
                flush();
            }
        }

        @Override
        public void flush() {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException(e));
            }
        }

        @Override
        public void close() {
            flush();
        }
    }
}
