package org.citydialogue.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import org.citydialogue.AppTest;
import org.citydialogue.calendar.BusinessCalendars;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.tenancy.StoreOwner;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The benchmarks' bulk-built city holds what the real CSV import and the search backfill make of the
 * same generated file: same cases, deadlines, case-number years and search documents — for Chinese,
 * the ICU-segmented tokens. Both land in one empty tenant and are compared as multisets.
 */
@AppTest
@TestPropertySource(properties = "citydialogue.test.context=bulk-history")
class BulkHistoryTest {

    private static final LocalDate FROM = LocalDate.of(2025, 12, 1), TO = LocalDate.of(2026, 3, 1);

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
    SearchDocuments documents;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @ParameterizedTest
    @ValueSource(strings = {"jinan", "vasteras"})
    void bulk_built_cases_equal_imported_and_indexed_ones(String id) throws Exception {
        Tenant tenant = tenants.require(id);
        CaseSettings settings = catalogue.require(id);
        long bulk;
        try (Connection owner = StoreOwner.connect(context)) {
            bulk = new BulkHistory(tenant, settings, calendars.forTenant(tenant), deadlines)
                    .load(owner, FROM, TO, 12, 5, "bulk");
        }
        StringWriter csv = new StringWriter();
        new CaseHistory(tenant, settings, calendars.forTenant(tenant), 5).write(csv, FROM, TO, 12);
        TenantContext.call(id, () -> {
            ImportReport report = caseImport.importAs("imported",
                    new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
            assertThat(report.problems()).isEmpty();
            assertThat(report.imported()).isEqualTo(bulk).isGreaterThan(500);
            // The live path's documents, written after the import by its backfill (which may hold a batch locked).
            while (jdbc.sql("select exists (select 1 from resident_case where search is null)").query(Boolean.class)
                    .single()) {
                if (documents.writeOwed(tenant, 1_000) == 0) {
                    Thread.sleep(100);
                }
            }
            String columns = """
                    kind, channel, category, department, status, description, location, received_at, answered_at,
                    closed_at, resident_language, answer_due_at, search::text, regexp_replace(reference, '-[0-9]+$', '')
                    """;
            long different = jdbc.sql("""
                    select count(*) from (
                        (select %1$s from resident_case where registered_by = 'bulk'
                         except all select %1$s from resident_case where registered_by = 'imported')
                        union all
                        (select %1$s from resident_case where registered_by = 'imported'
                         except all select %1$s from resident_case where registered_by = 'bulk')) d
                    """.formatted(columns)).query(Long.class).single();
            assertThat(different).as(() -> jdbc.sql("""
                    (select 'bulk', %1$s from resident_case where registered_by = 'bulk'
                     except all select 'bulk', %1$s from resident_case where registered_by = 'imported' limit 1)
                    union all
                    (select 'imported', %1$s from resident_case where registered_by = 'imported'
                     except all select 'imported', %1$s from resident_case where registered_by = 'bulk' limit 1)
                    """.formatted(columns)).query().listOfRows().toString()).isZero();
            assertThat(jdbc.sql("select count(*) from resident_case where registered_by = 'bulk' and search is null"
                    + " or length(search) = 0").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(distinct reference) from resident_case").query(Long.class).single())
                    .isEqualTo(2 * bulk);
            return null;
        });
    }
}
