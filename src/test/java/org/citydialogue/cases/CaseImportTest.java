package org.citydialogue.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.citydialogue.AppTest;
import org.citydialogue.calendar.BusinessCalendars;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Historic cases come in as CSV: all of a good file, none of a bad one. Runs on a database of its
 * own, which the demo seeder has filled with generated history at start-up.
 */
@AppTest
@TestPropertySource(properties = "citydialogue.demo.case-history-days=120")
class CaseImportTest {

    private static final String HEADER = String.join(",", CaseImport.COLUMNS) + "\n";

    @Autowired
    CaseImport caseImport;
    @Autowired
    CaseCatalogue catalogue;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    BusinessCalendars calendars;
    @Autowired
    Deadlines deadlines;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoCaseHistory demoHistory;
    @Autowired
    CaseSearch search;

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    private long count(String tenant) {
        return TenantContext.call(tenant, () -> jdbc.sql("select count(*) from resident_case").query(Long.class)
                .single());
    }

    private static ByteArrayInputStream file(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_demo_start_seeds_history_for_both_cities_once() {
        long vasteras = count("vasteras");
        long jinan = count("jinan");
        assertThat(vasteras).isGreaterThan(200);
        assertThat(jinan).isGreaterThan(vasteras);

        demoHistory.run(null);
        assertThat(count("vasteras")).isEqualTo(vasteras);
        assertThat(count("jinan")).isEqualTo(jinan);
    }

    @Test
    void generated_history_has_working_day_deadlines_and_mostly_kept_promises() throws Exception {
        StaffUser adam = SignedInStaff.as("vasteras", "adam.admin", "Adam Nilsson", Role.TENANT_ADMIN);
        Tenant vasteras = tenants.require("vasteras");
        var csv = new StringWriter();
        long rows = new CaseHistory(vasteras, catalogue.require("vasteras"), calendars.forTenant(vasteras), 7)
                .write(csv, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 1), 10);

        ImportReport report = caseImport.importCsv(adam, file(csv.toString()));

        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isEqualTo(rows).isGreaterThan(500);
        // Maundy Thursday 2025: Good Friday, the weekend and Easter Monday do not count.
        var dues = jdbc.sql("""
                select distinct answer_due_at from resident_case where registered_by = 'import:adam.admin'
                and (received_at at time zone 'Europe/Stockholm')::date = date '2025-04-17'""")
                .query(java.sql.Timestamp.class).list();
        assertThat(dues).singleElement().satisfies(due -> assertThat(due.toInstant()).isEqualTo(deadlines.due(
                vasteras, LocalDate.of(2025, 4, 17).atStartOfDay(vasteras.zone()).toInstant(), 2)));
        double kept = jdbc.sql("""
                select avg(case when answered_at <= answer_due_at then 1.0 else 0 end) from resident_case
                where registered_by = 'import:adam.admin' and answered_at is not null""").query(Double.class).single();
        assertThat(kept).isBetween(0.75, 0.95);
    }

    @Test
    void imported_cases_become_searchable_right_after_the_import() throws Exception {
        StaffUser adam = SignedInStaff.as("vasteras", "adam.admin", "Adam Nilsson", Role.TENANT_ADMIN);
        ImportReport report = caseImport.importCsv(adam, file(HEADER
                + "feedback,email,streets-parks,,received,Trasiga parkbänkar längs Mälarstranden,,"
                + "2025-06-02T08:30:00+02:00,,,,,,sv\n"));
        assertThat(report.imported()).isEqualTo(1);
        // Written in the background after commit, so the import itself runs at COPY speed.
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(search.search("parkbänk", 10)).extracting(CaseSearch.Hit::snippetText)
                        .anySatisfy(text -> assertThat(text).contains("parkbänkar längs Mälarstranden")));
    }

    @Test
    void a_file_with_bad_rows_imports_nothing_and_names_each_line_and_field() throws Exception {
        StaffUser adam = SignedInStaff.as("vasteras", "adam.admin", "Adam Nilsson", Role.TENANT_ADMIN);
        long before = count("vasteras");
        String csv = HEADER
                + "question,phone,streets-parks,,received,Hål i vägen,,2025-05-05T09:00:00+02:00,,,,,,sv\n"
                + "gripe,phone,streets-parks,,received,Fel sort,,2025-05-05T09:10:00+02:00,,,,,,sv\n"
                + "question,fax,streets-parks,,received,,,den femte maj,,,,,,sv\n";

        ImportReport report = caseImport.importCsv(adam, file(csv));

        assertThat(report.imported()).isZero();
        assertThat(report.problems()).extracting(p -> p.line() + ":" + p.field() + ":" + p.messageKey()).containsExactly(
                "3:kind:import.error.unknown",
                "4:channel:import.error.unknown",
                "4:description:import.error.description",
                "4:received_at:import.error.timestamp");
        assertThat(count("vasteras")).isEqualTo(before);
    }

    @Test
    void a_bulk_import_becomes_a_partition_of_its_own_a_small_one_joins_the_live_cases() throws Exception {
        StaffUser adam = SignedInStaff.as("vasteras", "adam.admin", "Adam Nilsson", Role.TENANT_ADMIN);
        long partitions = importPartitions();
        caseImport.importCsv(adam, file(HEADER
                + "question,fax,streets-parks,,received,Gatlampan är trasig,,2025-05-05T09:00:00+02:00,,,,,,sv\n"));
        ImportReport small = caseImport.importCsv(adam, file(HEADER
                + "question,phone,streets-parks,,received,Gatlampan på Kopparbergsvägen,,2025-05-05T09:00:00+02:00,,,,,,sv\n"
                + "praise,email,culture-leisure,,closed,Tack för biblioteket,,2025-05-06T10:00:00+02:00,"
                + "2025-05-06T15:00:00+02:00,2025-05-07T10:00:00+02:00,,,,sv\n"));
        assertThat(small.imported()).isEqualTo(2);
        assertThat(importPartitions()).isEqualTo(partitions);
        assertThat(homes("description in ('Gatlampan på Kopparbergsvägen', 'Tack för biblioteket')"))
                .containsExactly("resident_case_live");

        Tenant vasteras = tenants.require("vasteras");
        var csv = new StringWriter();
        long rows = new CaseHistory(vasteras, catalogue.require("vasteras"), calendars.forTenant(vasteras), 11)
                .write(csv, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1), 60);
        ImportReport bulk = caseImport.importAs("import:bulk", file(csv.toString()));

        assertThat(bulk.imported()).isEqualTo(rows).isGreaterThanOrEqualTo(10_000);
        assertThat(importPartitions()).isEqualTo(partitions + 1);
        assertThat(homes("registered_by = 'import:bulk'")).singleElement().satisfies(home ->
                assertThat(home).startsWith("resident_case_import_"));
        // Steps on an imported case point at it like at any other case.
        long imported = jdbc.sql("select max(id) from resident_case where registered_by = 'import:bulk'")
                .query(Long.class).single();
        assertThat(jdbc.sql("insert into case_event (case_id, actor, action) values (?, 'adam.admin', 'note')")
                .param(imported).update()).isEqualTo(1);
    }

    private List<String> homes(String condition) {
        return jdbc.sql("select distinct tableoid::regclass::text from resident_case where " + condition)
                .query(String.class).list();
    }

    private long importPartitions() {
        return jdbc.sql("""
                select count(*) from pg_class where relkind = 'r' and relname like 'resident\\_case\\_import\\_%'
                and relnamespace = current_schema()::regnamespace""").query(Long.class).single();
    }

    @Test
    void timestamps_in_any_iso_form_with_an_offset_are_imported_and_impossible_ones_refused() throws Exception {
        StaffUser adam = SignedInStaff.as("vasteras", "adam.admin", "Adam Nilsson", Role.TENANT_ADMIN);
        String row = "question,phone,streets-parks,,received,\"Gropar, stora\",,%s,%s,,,,,sv\n";
        ImportReport bad = caseImport.importCsv(adam, file(HEADER + row.formatted("2025-02-29T10:00+01:00", "")
                + row.formatted("2025-03-01T24:00Z", "") + row.formatted("2025-03-01T10:00+19:00", "")
                + row.formatted("2025-03-01T10:00:00Z", "+2025-03-01T10:00:00+01:00")
                + row.formatted("+300000-03-01T10:00:00Z", "") + row.formatted("1899-12-31T23:00:00Z", "")));
        assertThat(bad.problems()).extracting(p -> p.line() + ":" + p.field() + ":" + p.value()).containsExactly(
                "2:received_at:2025-02-29T10:00+01:00", "3:received_at:2025-03-01T24:00Z",
                "4:received_at:2025-03-01T10:00+19:00", "5:answered_at:+2025-03-01T10:00:00+01:00",
                "6:received_at:+300000-03-01T10:00:00Z", "7:received_at:1899-12-31T23:00:00Z");

        ImportReport good = caseImport.importCsv(adam, file(HEADER
                + row.formatted("2024-02-29T09:15:00.123456+01:00", "2024-03-01t08:00:30z")
                + row.formatted("2025-06-02T06:30-05:30", "2025-06-03T10:00:00.+02")));
        assertThat(good.problems()).isEmpty();
        var stored = jdbc.sql("""
                select received_at, answered_at from resident_case where description = 'Gropar, stora'
                order by received_at""").query((rs, n) -> rs.getTimestamp(1).toInstant() + " "
                + rs.getTimestamp(2).toInstant()).list();
        assertThat(stored).containsExactly("2024-02-29T08:15:00.123456Z 2024-03-01T08:00:30Z",
                "2025-06-02T12:00:00Z 2025-06-03T08:00:00Z");
    }

    @Test
    void a_row_that_cannot_be_read_or_a_wrong_header_is_reported_with_its_line() throws Exception {
        StaffUser adam = SignedInStaff.as("vasteras", "adam.admin", "Adam Nilsson", Role.TENANT_ADMIN);
        long before = count("vasteras");

        ImportReport shortRow = caseImport.importCsv(adam, file(HEADER
                + "question,phone,streets-parks,,received,Hej,,2025-05-05T09:00:00+02:00,,,,,,sv\n"
                + "question,phone\n"));
        assertThat(shortRow.problems()).extracting(p -> p.line() + ":" + p.messageKey())
                .containsExactly("3:import.error.row");

        ImportReport badHeader = caseImport.importCsv(adam, file("kind,channel\nquestion,phone\n"));
        assertThat(badHeader.problems()).extracting(p -> p.line() + ":" + p.messageKey())
                .containsExactly("1:import.error.header");
        assertThat(count("vasteras")).isEqualTo(before);
    }
}
