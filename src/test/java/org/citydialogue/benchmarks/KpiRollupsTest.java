package org.citydialogue.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.citydialogue.AppTest;
import org.citydialogue.cases.CaseImport;
import org.citydialogue.cases.Cases;
import org.citydialogue.cases.ImportReport;
import org.citydialogue.cases.NewCase;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A city's KPIs are computed from its own cases, inside its own store, and follow every change. */
@AppTest
class KpiRollupsTest {

    private static final YearMonth APRIL_2019 = YearMonth.of(2019, 4);

    @Autowired
    KpiRollups rollups;

    @Autowired
    CaseRows rows;

    @Autowired
    KpiCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cases cases;

    @Autowired
    CaseImport caseImport;


    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    @Test
    void vasteras_april_is_counted_in_swedish_working_days_across_easter() {
        TenantContext.run("vasteras", () -> {
            // Thursday before Easter, answered on the Tuesday after: 1 working day (Good Friday and Easter Monday are off).
            long easter = rows.insert("phone", "streets-parks", "2019-04-18T10:00+02:00", "2019-04-23T09:00+02:00",
                    "2019-04-24T23:59+02:00", "2019-04-23T10:00+02:00", "streets-parks", 5, "skr5");
            rows.insert("email", "other", "2019-04-01T08:00+02:00", "2019-04-01T09:00+02:00", "2019-04-03T23:59+02:00",
                    "2019-04-01T09:30+02:00", null, 3, "skr5");
            long late = rows.insert("email", "other", "2019-04-02T08:00+02:00", "2019-04-10T09:00+02:00",
                    "2019-04-04T23:59+02:00", null, null, null, null);
            long open = rows.insert("web", "streets-parks", "2019-04-03T08:00+02:00", null, "2019-04-05T23:59+02:00",
                    null, null, null, null);
            jdbc.sql("insert into case_event (case_id, actor, action) values (?, 'sara.supervisor', 'reopen')")
                    .param(late).update();
            assertThat(easter).isPositive();
            rows.refresh();

            RollupCell april = total(rollups.rows(APRIL_2019, APRIL_2019));
            assertThat(april.get("contacts")).isEqualTo(4);
            assertThat(april.get("answered")).isEqualTo(3);
            assertThat(april.get("answered_in_promise")).isEqualTo(2);
            assertThat(april.get("answered_1wd")).as("Easter counts as no working day").isEqualTo(2);
            assertThat(april.get("forwarded")).isEqualTo(1);
            assertThat(april.get("first_contact")).isEqualTo(1);
            assertThat(april.get("reopened")).isEqualTo(1);
            assertThat(april.get("skr_index_sum")).isEqualTo(100 + 50);
            assertThat(april.get("satisfied")).isEqualTo(1);
            assertThat(april.answerHoursQuantile(0.5)).as("median of 1 h, 119 h, 193 h from buckets")
                    .isBetween(96.0, 120.0);

            List<KpiCell> satisfaction = KpiTables.cells(catalogue.require("satisfaction-index"),
                    rollups.rows(APRIL_2019, APRIL_2019), 155_000);
            assertThat(satisfaction.getFirst().value()).isEqualTo(75.0);

            // Any write marks its month dirty: the open case is answered by raw SQL, and the rollup follows.
            jdbc.sql("update resident_case set answered_at = received_at + interval '2 hours' where id = ?")
                    .param(open).update();
            rows.refresh();
            assertThat(total(rollups.rows(APRIL_2019, APRIL_2019)).get("answered")).isEqualTo(4);

            // A write the KPIs do not count (the search document) marks nothing.
            jdbc.sql("update resident_case set search = null where id = ?").param(open).update();
            assertThat(jdbc.sql("select count(*) from kpi_dirty").query(Long.class).single()).isZero();
        });
    }

    @Test
    void a_case_registered_now_shows_in_the_kpis_within_a_minute_without_anyone_asking() {
        var anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        YearMonth now = YearMonth.now(ZoneId.of("Europe/Stockholm"));
        long before = total(rollups.rows(now, now)).get("contacts");
        cases.register(anna, new NewCase("question", "email", "culture-leisure", "Öppettider för biblioteket?",
                null, null, null, null, "sv"));

        await().pollInSameThread().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2))
                .until(() -> total(rollups.rows(now, now)).get("contacts") == before + 1);
    }

    @Test
    void an_imported_file_counts_in_the_months_of_its_cases() throws Exception {
        var adam = SignedInStaff.as("vasteras", "adam.admin", "Adam Nilsson", Role.TENANT_ADMIN);
        YearMonth march = YearMonth.of(2018, 3);
        YearMonth may = YearMonth.of(2018, 5);
        String csv = String.join(",", CaseImport.COLUMNS) + "\n"
                + "question,email,streets-parks,,received,Gropar på Kopparbergsvägen,,2018-03-05T09:00:00+01:00,"
                + "2018-03-05T11:00:00+01:00,,,,,sv\n"
                + "question,phone,other,,received,Snö på cykelbanan,,2018-03-30T16:00:00+02:00,,,,,,sv\n"
                + "feedback,web,streets-parks,,received,Tack för nya bänkar,,2018-05-14T10:00:00+02:00,,,,,,sv\n";

        ImportReport report = caseImport.importCsv(adam,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(report.problems()).isEmpty();
        // One range for the whole file (unless the refresher has taken it already), not one per case.
        assertThat(jdbc.sql("select count(*) from kpi_dirty where from_at >= '2018-01-01' and to_at < '2019-01-01'").query(Long.class)
                .single()).isLessThanOrEqualTo(1);
        rows.refresh();
        assertThat(total(rollups.rows(march, march)).get("contacts")).isEqualTo(2);
        assertThat(total(rollups.rows(march, march)).get("answered")).isEqualTo(1);
        assertThat(total(rollups.rows(YearMonth.of(2018, 4), YearMonth.of(2018, 4))).get("contacts")).isZero();
        assertThat(total(rollups.rows(may, may)).get("contacts")).isEqualTo(1);
    }

    private static RollupCell total(List<RollupRow> rows) {
        RollupCell total = new RollupCell();
        rows.forEach(row -> total.add(row.cell()));
        return total;
    }
}
