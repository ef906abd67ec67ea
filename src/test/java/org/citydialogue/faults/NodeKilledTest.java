package org.citydialogue.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.citydialogue.AgentClient;
import org.citydialogue.CityDialogueApplication;
import org.citydialogue.Nodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one PostgreSQL, each serving signed-in agents (Vaadin UI round trips) and a city's
 * web form (Open311 intake); node A is a JVM of its own and dies by SIGKILL in the middle of it.
 * Node B goes on serving its agents and its API clients without a single failed request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodeKilledTest {

    private static final String WEB_FORM_KEY = "demo-vasteras-webform-key";

    private EmbeddedPostgres database;
    private Process nodeA;
    private ConfigurableApplicationContext nodeB;
    private String baseA;
    private String baseB;
    private final HttpClient http = AgentClient.sharedHttp();

    /** What one node answered: successes before and after the kill, and failures with their first cause. */
    private static final class Served {
        final AtomicInteger before = new AtomicInteger();
        final AtomicInteger after = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final List<String> causes = new ArrayList<>();

        void ok(AtomicBoolean killed) {
            (killed.get() ? after : before).incrementAndGet();
        }

        synchronized void failed(Exception e) {
            failed.incrementAndGet();
            if (causes.size() < 3) {
                causes.add(e.toString());
            }
        }
    }

    @BeforeAll
    void startPostgresAndTwoNodes() throws Exception {
        database = EmbeddedPostgres.builder().start();
        int portA = Nodes.freePort();
        baseA = "http://localhost:" + portA;
        nodeA = startOwnJvm("node-a", portA);
        waitFor(() -> healthy(baseA), Duration.ofMinutes(8));
        nodeB = new SpringApplicationBuilder(CityDialogueApplication.class)
                .run(Nodes.arguments("node-b", 0, database.getPort()).toArray(String[]::new));
        baseB = "http://localhost:" + nodeB.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    void stopAll() throws IOException {
        if (nodeA != null) {
            nodeA.destroyForcibly();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void node_b_keeps_serving_agents_and_api_clients_when_node_a_is_killed() throws Exception {
        var killed = new AtomicBoolean();
        var working = new AtomicBoolean(true);
        Served onA = new Served();
        Served onB = new Served();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 3; i++) {
                clients.submit(() -> agentAtWork(baseA, onA, killed, working));
                clients.submit(() -> agentAtWork(baseB, onB, killed, working));
            }
            for (int i = 0; i < 2; i++) {
                clients.submit(() -> webForm(baseA, onA, killed, working));
                clients.submit(() -> webForm(baseB, onB, killed, working));
            }
            waitFor(() -> onA.before.get() >= 30 && onB.before.get() >= 30, Duration.ofMinutes(3));

            nodeA.destroyForcibly();   // SIGKILL: no shutdown hooks, sockets cut
            nodeA.waitFor();
            killed.set(true);
            Thread.sleep(10_000);
            working.set(false);
        }

        System.out.printf("Node killed: node A answered %d before its death, failed %d after; node B answered %d"
                + " before and %d after, failed %d%n", onA.before.get(), onA.failed.get(), onB.before.get(),
                onB.after.get(), onB.failed.get());
        assertThat(onA.failed).as("requests to the killed node A failed (it was under load)").hasPositiveValue();
        assertThat(onB.failed).as("failed requests on node B: %s", onB.causes).hasValue(0);
        assertThat(onB.after).as("node B answered after node A died").hasValueGreaterThan(20);
    }

    /** An agent signs in on the node, then scrolls the queue and reopens it, a request every 100–300 ms. */
    private Void agentAtWork(String base, Served served, AtomicBoolean killed, AtomicBoolean working)
            throws InterruptedException {
        AgentClient agent = null;
        while (working.get()) {
            try {
                if (agent == null) {
                    var signingIn = new AgentClient(base, http);
                    signingIn.signIn("vasteras", "anna.agent", "demo");
                    signingIn.open("cases");
                    agent = signingIn;
                } else if (ThreadLocalRandom.current().nextBoolean()) {
                    agent.scrollGrid(0, 50);
                } else {
                    agent.navigate("cases");
                }
                served.ok(killed);
            } catch (RuntimeException e) {
                served.failed(e);
            }
            Thread.sleep(ThreadLocalRandom.current().nextInt(100, 300));
        }
        return null;
    }

    /** A city's web form posting a request to the node's Open311 API every 100–300 ms. */
    private Void webForm(String base, Served served, AtomicBoolean killed, AtomicBoolean working)
            throws InterruptedException {
        String form = "api_key=" + WEB_FORM_KEY + "&jurisdiction_id=vasteras&service_code=streets-parks"
                + "&address_string=" + URLEncoder.encode("Stora torget 1", StandardCharsets.UTF_8)
                + "&description=" + URLEncoder.encode("Gatlampan är trasig", StandardCharsets.UTF_8);
        while (working.get()) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                                + "/open311/v2/requests.json")).timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 != 2) {
                    throw new IllegalStateException(response.statusCode() + " " + response.body());
                }
                served.ok(killed);
            } catch (IOException | RuntimeException e) {
                served.failed(e);
            }
            Thread.sleep(ThreadLocalRandom.current().nextInt(100, 300));
        }
        return null;
    }

    /** The app in a JVM of its own, on this test's class path, so that it can be killed as a process. */
    private Process startOwnJvm(String name, int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-Dvaadin.devmode.liveReload.enabled=false", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                CityDialogueApplication.class.getName()));
        command.addAll(Nodes.arguments(name, port, database.getPort()));
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File("target", name + ".log"));
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        return builder.start();
    }

    private boolean healthy(String base) {
        assertThat(nodeA.isAlive()).as("node A is running (see target/node-a.log)").isTrue();
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void waitFor(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(end);
            Thread.sleep(250);
        }
    }
}
