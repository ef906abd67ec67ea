package org.citydialogue.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.citydialogue.AppTest;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.tenancy.SharedStore;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Västerås and Jinan publish KPIs of May 2020 to their partnership; what crosses is only suppressed
 * aggregates, each city writes only its own, and each drills into its own city only.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchmarkPublicationTest {

    private static final String PARTNERSHIP = MayOf2020.PARTNERSHIP;
    private static final YearMonth MAY_2020 = MayOf2020.MAY;

    @Autowired
    CaseRows rows;

    @Autowired
    BenchmarkPublications publications;

    @Autowired
    BenchmarkDashboards dashboards;

    @Autowired
    SharedStore shared;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void bothCitiesPublishTheResponseRateOfMay() {
        MayOf2020.publish(rows, publications, List.of("response-rate", "promise-kept"));
    }

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    @Test
    void a_published_kpi_appears_for_the_partner_and_an_unpublished_one_never_does() {
        SignedInStaff.as("jinan", "zhang.supervisor", "张敏", Role.SUPERVISOR);

        Dashboard dashboard = dashboards.dashboard(PARTNERSHIP, "response-rate");
        assertThat(dashboard.cities()).extracting(Dashboard.City::tenantId).containsExactly("jinan", "vasteras");
        Dashboard.City vasteras = dashboard.cities().get(1);
        int may = dashboard.months().indexOf(MAY_2020);
        assertThat(vasteras.totals().get(may).value()).isEqualTo(35.0 / 36);
        assertThat(dashboard.average().get(may)).isEqualTo((35.0 / 36 + 1.0) / 2);

        assertThat(dashboards.publishedKpis(PARTNERSHIP)).extracting(Kpi::id)
                .contains("response-rate", "promise-kept").doesNotContain("channel-mix", "satisfaction-index");
        assertThat(dashboards.dashboard(PARTNERSHIP, "channel-mix").cities()).isEmpty();
        assertThat(shared.jdbc().queryForObject("select count(*) from benchmark_cell where kpi = 'channel-mix'",
                Long.class)).isZero();
        assertThat(publications.history(PARTNERSHIP)).anySatisfy(p -> {
            assertThat(p.tenantId() + " " + p.publishedBy() + " " + p.kpis()).isEqualTo(
                    "vasteras adam.admin [response-rate, promise-kept]");
            assertThat(p.publishedAt()).isNotNull();
        });
    }

    @Test
    void a_suppressed_cell_cannot_be_derived_from_what_the_partner_receives() {
        SignedInStaff.as("jinan", "zhang.supervisor", "张敏", Role.SUPERVISOR);
        // Everything Jinan can read of Västerås's May, straight from the shared store.
        List<Map<String, Object>> cells = shared.jdbc().queryForList("""
                select dimension, member, numerator, denominator, suppressed from benchmark_cell
                where tenant_id = 'vasteras' and kpi = 'response-rate' and month = '2020-05-01'
                """);
        Map<String, Object> total = cells.stream().filter(c -> c.get("dimension").equals("total")).findFirst()
                .orElseThrow();
        assertThat(total.get("denominator")).isEqualTo(36L);
        assertThat(cells).filteredOn(c -> (Boolean) c.get("suppressed"))
                .extracting(c -> c.get("dimension") + "/" + c.get("member"))
                .containsExactlyInAnyOrder("category/other", "category/culture-leisure", "channel/web", "channel/email")
                .hasSize(4);
        assertThat(cells).filteredOn(c -> (Boolean) c.get("suppressed"))
                .allSatisfy(c -> assertThat(c.get("numerator")).isNull());
        // The attacker: in a breakdown, the total minus the known parts is the sum of the unknown ones.
        Map<Object, List<Map<String, Object>>> breakdowns = cells.stream()
                .filter(c -> !c.get("dimension").equals("total")).collect(Collectors.groupingBy(c -> c.get("dimension")));
        breakdowns.forEach((dimension, parts) -> {
            long known = parts.stream().filter(c -> !(Boolean) c.get("suppressed"))
                    .mapToLong(c -> (Long) c.get("denominator")).sum();
            long unknownCells = parts.stream().filter(c -> (Boolean) c.get("suppressed")).count();
            assertThat(unknownCells).as("hidden parts of %s, summing to %d", dimension, 36 - known)
                    .isNotEqualTo(1);
        });
    }

    @Test
    void the_database_refuses_vasteras_writing_or_removing_jinans_cells_even_with_raw_sql() {
        SignedInStaff.as("vasteras", "adam.admin", "Adam Nilsson", Role.TENANT_ADMIN);
        long publication = shared.jdbc().queryForObject(
                "select max(id) from benchmark_publication where tenant_id = 'vasteras'", Long.class);

        assertThatThrownBy(() -> shared.jdbc().update("""
                insert into benchmark_cell (partnership_id, tenant_id, kpi, month, dimension, member, numerator,
                    denominator, value, suppressed, publication_id)
                values ('vasteras-jinan', 'jinan', 'urge-rate', '2020-05-01', 'total', '', 1, 1, 1.0, false, ?)
                """, publication)).isInstanceOfSatisfying(DataAccessException.class,
                        e -> assertThat(((SQLException) e.getMostSpecificCause()).getSQLState()).isEqualTo("42501"));
        assertThat(shared.jdbc().update("delete from benchmark_cell where tenant_id = 'jinan'")).isZero();
        assertThat(shared.jdbc().update("update benchmark_cell set value = 0 where tenant_id = 'jinan'")).isZero();

        TenantContext.run("jinan", () -> assertThat(shared.jdbc().queryForObject(
                "select count(*) from benchmark_cell where tenant_id = 'jinan' and value > 0", Long.class))
                .isPositive());
    }

    @Test
    void a_jinan_viewer_drills_into_jinan_only() {
        SignedInStaff.as("jinan", "zhang.supervisor", "张敏", Role.SUPERVISOR);

        List<KpiCell> jinan = dashboards.drillDown("jinan", "response-rate", MAY_2020, MAY_2020);
        assertThat(jinan).filteredOn(c -> c.dimension() == KpiCell.Dimension.CATEGORY).extracting(KpiCell::member)
                .containsExactly("housing", "traffic");
        assertThat(jinan).noneMatch(KpiCell::suppressed);
        assertThatThrownBy(() -> dashboards.drillDown("vasteras", "response-rate", MAY_2020, MAY_2020))
                .isInstanceOfSatisfying(BenchmarkInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("benchmarks.error.own.city.only"));
    }
}
