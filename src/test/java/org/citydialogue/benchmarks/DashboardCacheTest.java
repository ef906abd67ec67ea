package org.citydialogue.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.citydialogue.AppTest;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.platform.EventChannel;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Dashboard data is served from the cache until any node says a city published to the partnership. */
@AppTest
class DashboardCacheTest {

    @Autowired
    CaseRows rows;

    @Autowired
    BenchmarkPublications publications;

    @Autowired
    BenchmarkDashboards dashboards;

    @Autowired
    EventChannel events;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    @Test
    void a_publication_on_another_node_drops_the_cached_dashboard_here() {
        MayOf2020.publish(rows, publications, List.of("response-rate"));
        SignedInStaff.as("jinan", "zhang.supervisor", "张敏", Role.SUPERVISOR);
        Dashboard cached = dashboards.dashboard(MayOf2020.PARTNERSHIP, "response-rate");
        assertThat(dashboards.dashboard(MayOf2020.PARTNERSHIP, "response-rate")).isSameAs(cached);

        // What another node sends after its tenant published: only the partnership's id.
        events.publish(BenchmarkPublications.TOPIC, MayOf2020.PARTNERSHIP);

        await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> dashboards.dashboard(MayOf2020.PARTNERSHIP, "response-rate") != cached);
    }

    @Test
    void publishing_here_drops_it_at_once() {
        MayOf2020.publish(rows, publications, List.of("response-rate"));
        SignedInStaff.as("jinan", "zhang.supervisor", "张敏", Role.SUPERVISOR);
        Dashboard before = dashboards.dashboard(MayOf2020.PARTNERSHIP, "response-rate");

        var adam = SignedInStaff.as("vasteras", "adam.admin", "Adam Nilsson", Role.TENANT_ADMIN);
        publications.publish(adam, MayOf2020.PARTNERSHIP, List.of("response-rate"), MayOf2020.MAY, MayOf2020.MAY);
        SignedInStaff.as("jinan", "zhang.supervisor", "张敏", Role.SUPERVISOR);

        assertThat(dashboards.dashboard(MayOf2020.PARTNERSHIP, "response-rate")).isNotSameAs(before);
    }
}
