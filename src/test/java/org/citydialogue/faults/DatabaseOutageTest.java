package org.citydialogue.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citydialogue.AgentClient;
import org.citydialogue.CityDialogueApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL dies (SIGKILL, no clean shutdown) while a city's web form keeps posting requests over
 * Open311, and comes back. Every request the API acknowledged is a case afterwards, none twice (the
 * client retries with its Idempotency-Key until it gets an answer, as the API asks clients to),
 * health reports the store DOWN while it is gone and UP again after, and the app needs no restart.
 * An agent signed in before the outage is told the app is reconnecting, not that it failed, and
 * carries on in the same session afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest {

    private static final String KEY = "demo-vasteras-webform-key";
    private static final Pattern REQUEST_ID = Pattern.compile("\"service_request_id\"\\s*:\\s*\"([^\"]+)\"");

    @TempDir
    static Path data;

    private int databasePort;
    private EmbeddedPostgres database;
    private ConfigurableApplicationContext app;
    private String base;
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void startDatabaseAndApp() throws IOException {
        databasePort = freePort();
        database = startDatabase();
        int appPort = freePort();
        base = "http://localhost:" + appPort;
        app = new SpringApplicationBuilder(CityDialogueApplication.class).run(
                "--server.port=" + appPort,
                "--citydialogue.public-url=" + base,
                "--citydialogue.database.embedded=false",
                "--citydialogue.database.url=" + jdbcUrl(),
                "--citydialogue.database.admin-username=postgres",
                "--citydialogue.database.admin-password=postgres",
                "--citydialogue.demo.case-history-days=0");
    }

    @AfterAll
    void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void a_killed_database_loses_no_acknowledged_request_and_makes_no_duplicate() throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        List<String> health = new CopyOnWriteArrayList<>();
        var posting = new AtomicBoolean(true);
        var anna = new AgentClient(base, AgentClient.sharedHttp());
        anna.signIn("vasteras", "anna.agent", "demo");
        anna.open("cases");
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            workers.submit(() -> watchHealth(health, posting));
            for (int i = 0; i < 4; i++) {
                workers.submit(() -> postUntilStopped(acknowledged, posting));
            }
            try {
                waitFor(() -> acknowledged.size() >= 20, Duration.ofSeconds(90));
                int beforeOutage = acknowledged.size();
                kill(database);
                waitFor(() -> health.contains("DOWN"), Duration.ofSeconds(60));
                // Anna opens a case meanwhile: she is told the app is reconnecting, in Swedish, not that it failed.
                String duringOutage = unescape(anna.navigate("cases/1"));
                assertThat(duringOutage).contains("Återansluter till databasen").doesNotContain("Något gick fel");
                database = startDatabase();
                waitFor(() -> health.getLast().equals("UP"), Duration.ofSeconds(60));
                // The queue's rows come back from the database in the same session (the view itself is kept).
                assertThat(anna.navigate("cases")).as("the queue again, same session").contains("VST-2026-");
                int afterRestart = acknowledged.size();
                Thread.sleep(3_000);
                posting.set(false);
                assertThat(beforeOutage).as("requests acknowledged before the outage; refused: %s",
                        refusals.stream().limit(3).toList()).isPositive();
                assertThat(acknowledged.size()).as("requests acknowledged after the restart")
                        .isGreaterThan(afterRestart);
            } finally {
                posting.set(false);   // also when an assertion fails: the workers must end for the executor to close
            }
        }

        assertThat(health).containsSubsequence("UP", "DOWN", "UP");
        List<String> stored = storedReferences();
        assertThat(stored).as("every acknowledged request is a case").containsAll(acknowledged.values());
        assertThat(stored).as("no request made two cases").doesNotHaveDuplicates()
                .hasSameSizeAs(acknowledged.values().stream().distinct().toList());
    }

    /** Vaadin's answers escape non-ASCII characters as JSON does. */
    private static String unescape(String json) {
        return Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(json)
                .replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    /** A client as the API asks for: one Idempotency-Key per request, retried until answered. */
    private Void postUntilStopped(Map<String, String> acknowledged, AtomicBoolean posting) throws InterruptedException {
        while (posting.get()) {
            String key = UUID.randomUUID().toString();
            String reference = null;
            while (reference == null && posting.get()) {
                reference = post(key);
                if (reference == null) {
                    Thread.sleep(200);
                }
            }
            if (reference != null) {
                acknowledged.put(key, reference);
            }
        }
        return null;
    }

    private String post(String key) {
        String form = "api_key=" + KEY + "&jurisdiction_id=vasteras&service_code=streets-parks"
                + "&address_string=" + URLEncoder.encode("Stora torget 1", StandardCharsets.UTF_8)
                + "&description=" + URLEncoder.encode("Gatlampan är trasig", StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                            + "/open311/v2/requests.json")).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                refusals.add(response.statusCode() + " " + response.body());
                return null;
            }
            Matcher id = REQUEST_ID.matcher(response.body());
            assertThat(id.find()).as(response.body()).isTrue();
            return id.group(1);
        } catch (IOException e) {
            refusals.add(e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private Void watchHealth(List<String> seen, AtomicBoolean posting) throws InterruptedException {
        while (posting.get()) {
            String status;
            try {
                int code = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                status = code == 200 ? "UP" : "DOWN";
            } catch (IOException e) {
                status = "UNREACHABLE";
            }
            if (seen.isEmpty() || !seen.getLast().equals(status)) {
                seen.add(status);
            }
            Thread.sleep(250);
        }
        return null;
    }

    private List<String> storedReferences() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
                ResultSet rows = c.createStatement().executeQuery("""
                        select c.reference from tenant_vasteras.open311_request r
                        join tenant_vasteras.resident_case c on c.id = r.case_id""")) {
            List<String> references = new ArrayList<>();
            while (rows.next()) {
                references.add(rows.getString(1));
            }
            return references;
        }
    }

    private EmbeddedPostgres startDatabase() throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                // As a production server runs: a commit is acknowledged once it is on disk.
                return EmbeddedPostgres.builder().setPort(databasePort).setDataDirectory(data)
                        .setCleanDataDirectory(false).setServerConfig("synchronous_commit", "on").start();
            } catch (IOException e) {
                // Backends of a killed server may still hold its shared memory for a moment.
                last = e;
                sleep(500);
            }
        }
        throw last;
    }

    /** SIGKILL to the postmaster: no checkpoint, no goodbye to clients. */
    private void kill(EmbeddedPostgres postgres) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        // The whole server, as a crash or a killed container: the postmaster and every backend. (With
        // the postmaster alone killed, orphaned backends can hold their clients' sockets open.)
        List<ProcessHandle> server = new java.util.ArrayList<>(postmaster.descendants().toList());
        server.addFirst(postmaster);
        server.forEach(ProcessHandle::destroyForcibly);
        waitFor(() -> server.stream().noneMatch(ProcessHandle::isAlive), Duration.ofSeconds(10));
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // Already dead; its stop command has nothing to stop.
        }
    }

    private String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + databasePort + "/postgres";
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(end);
            sleep(100);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
