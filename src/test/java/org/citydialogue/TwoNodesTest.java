package org.citydialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.citydialogue.cases.CaseUpdates;
import org.citydialogue.cases.Cases;
import org.citydialogue.cases.NewCase;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes of the app — two complete Spring applications, each with its own web server on
 * loopback, its own connection pools and its own listener — on one PostgreSQL, as behind the load
 * balancer of docker-compose: what staff do on node A reaches the screens open on node B within a
 * second, and node B reads the same data.
 */
class TwoNodesTest {

    private static EmbeddedPostgres database;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startPostgresAndTwoNodes() throws Exception {
        database = EmbeddedPostgres.builder().start();
        // One after the other, as docker-compose starts them: the first provisions the stores.
        nodeA = node("node-a");
        nodeB = node("node-b");
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    private static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(CityDialogueApplication.class)
                .run(Nodes.arguments(name, 0, database.getPort()).toArray(String[]::new));
    }

    @Test
    void a_case_registered_and_forwarded_on_node_a_reaches_node_b_within_a_second() throws Exception {
        BlockingQueue<Long> changedOnB = new LinkedBlockingQueue<>();
        nodeB.getBean(CaseUpdates.class).subscribe("vasteras", changedOnB::add);
        Cases casesOnA = nodeA.getBean(Cases.class);
        Cases casesOnB = nodeB.getBean(Cases.class);

        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase registered;
        try {
            registered = casesOnA.register(anna, new NewCase("complaint", "phone", "streets-parks",
                    "Översvämmad gångväg vid Svartån.", "Svartån", "Eva Svensson", null, null, "sv"));
            assertThat(changedOnB.poll(1, TimeUnit.SECONDS)).as("registration seen on node B").isEqualTo(registered.id());

            casesOnA.act(anna, registered.id(), registered.version(), "forward", "streets-parks", "Till gatuenheten.");
            assertThat(changedOnB.poll(1, TimeUnit.SECONDS)).as("step seen on node B").isEqualTo(registered.id());
        } finally {
            SignedInStaff.signOut();
        }

        ResidentCase onB = TenantContext.call("vasteras", () -> casesOnB.find(registered.id()).orElseThrow());
        assertThat(onB.status()).isEqualTo("forwarded");
        assertThat(onB.reference()).isEqualTo(registered.reference());
    }
}
