package org.citydialogue.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.citydialogue.bench.BenchmarkFigures;
import org.citydialogue.bench.ProcessorTime;
import org.citydialogue.identity.ApiClient;
import org.citydialogue.identity.ApiClients;
import org.citydialogue.open311.WorkerLoad.Figures;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Sustained Open311 intake over real HTTP (bearer token, form POST, a case each with its deadline,
 * timeline, search document and live update) against the same-run reference: single-row INSERTs,
 * each its own transaction, into a bare logged table on the same PostgreSQL, with as many workers
 * (and, printed beside it, into a temporary table, which skips the WAL).
 * Goals: at least 1,500 requests/s, p99 under 50 ms, at least 0.3 of the raw INSERT rate. The load
 * comes from {@link KeepAliveClient}s; the same load from {@code java.net.http.HttpClient}, the
 * generator used before, is measured after it (after a warm-up of its own) and printed beside it, and
 * so is the intake service called in the app's JVM without HTTP. CPU per call of PostgreSQL and of
 * the JVM is printed for each. Run:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=Open311IntakeBenchmark}.
 */
@Tag("benchmark")
@UnlimitedClients
class Open311IntakeBenchmark {

    private static final int WORKERS = 8;
    private static final Duration WARM_UP = Duration.ofSeconds(60);
    /** After the first minute, the warm-up goes on in rounds of this until the JIT is (nearly) done. */
    private static final Duration WARM_UP_ROUND = Duration.ofSeconds(10);
    private static final Duration WARM_UP_LIMIT = Duration.ofSeconds(240);
    /** Compiling less than this share of a round's time counts as done. */
    private static final double JIT_SETTLED = 0.03;
    private static final Duration MEASURED = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApiClients apiClients;

    @Autowired
    Jurisdictions jurisdictions;

    @Autowired
    RequestIntake intakeService;

    private WorkerLoad load;

    @Test
    void sustained_post_intake_against_raw_single_row_inserts() throws Exception {
        load = new WorkerLoad(WORKERS, new ProcessorTime(dataSource));
        Open311Calls api = new Open311Calls(port);
        String token = api.token("vasteras", "vasteras-webform", "demo-webform-secret");
        String path = "/open311/v2/requests.json";
        var form = Open311Calls.form("service_code", "streets-parks", "lat", "59.6099", "long", "16.5448",
                "description", "Gatlyktan vid busshållplatsen är släckt.", "attribute[kind]", "complaint");
        byte[] request = KeepAliveClient.formPost(port, path, Open311Calls.encode(form), "Authorization: Bearer " + token);
        List<KeepAliveClient> clients = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<KeepAliveClient> client = ThreadLocal.withInitial(() -> {
            KeepAliveClient opened = new KeepAliveClient(port);
            clients.add(opened);
            return opened;
        });
        Callable<Void> post = () -> {
            var answer = client.get().send(request);
            if (answer.status() != 200) {
                throw new AssertionError(answer.status() + " " + answer.body());
            }
            return null;
        };
        // The generator used before (java.net.http, heavier on the shared CPU), measured once to compare.
        Callable<Void> postByHttpClient = () -> {
            var response = api.post(path, form, "Authorization", "Bearer " + token);
            if (response.statusCode() != 200) {
                throw new AssertionError(response.statusCode() + " " + response.body());
            }
            return null;
        };
        Figures intake;
        Figures byHttpClient;
        Duration warmedUp;
        double jitShare;
        try {
            warmedUp = warmUp(post);
            long jitBefore = jitMillis();
            intake = load.run(post, MEASURED);
            jitShare = (jitMillis() - jitBefore) / (intake.seconds() * 1000);
            // Its own code paths warmed up first, else it would be measured while the JIT compiles them.
            load.run(postByHttpClient, MEASURED);
            byHttpClient = load.run(postByHttpClient, MEASURED);
        } finally {
            for (KeepAliveClient opened : clients) {
                opened.close();
            }
        }
        Figures inProcess = inProcess(form);
        RawInserts raw = new RawInserts(load, WORKERS);
        Figures inserts = raw.logged(context, MEASURED);
        Figures unlogged = raw.temporary(dataSource, MEASURED);

        double ratio = intake.perSecond() / inserts.perSecond();
        System.out.printf("%nOpen311 POST intake, %d workers, %d s: %s (goal >= 1,500/s, p99 < 50 ms)%n", WORKERS,
                MEASURED.toSeconds(), intake);
        System.out.printf("  the same with java.net.http.HttpClient as generator (used until now): %s%n", byHttpClient);
        System.out.printf("  the same intake called in the app's JVM, no HTTP, no token: %s%n", inProcess);
        System.out.printf("Raw single-row INSERT into a bare logged table: %s%n", inserts);
        System.out.printf("  the same into a temporary table (no WAL): %s%n", unlogged);
        System.out.printf("Ratio intake/raw: %.2f (goal >= 0.3); against the temporary table %.2f; in-process intake/raw"
                + " %.2f; raw/intake PostgreSQL CPU per call %.2f%n", ratio, intake.perSecond() / unlogged.perSecond(),
                inProcess.perSecond() / inserts.perSecond(),
                inserts.serverMillisPerCall() / intake.serverMillisPerCall());
        System.out.printf("Warm-up %d s; JIT compiling during the measured intake: %.0f %% of one core%n%n",
                warmedUp.toSeconds(), 100 * jitShare);
        String conditions = String.format(Locale.ROOT, "%d workers, %d s after %d s warm-up, bearer token, keep-alive"
                + " HTTP/1.1 generator, PostgreSQL on the same machine; PostgreSQL CPU per call %.3f ms (raw INSERT"
                + " %.3f ms); in the app's JVM without HTTP %,.0f/s; into a temporary table (no WAL) %,.0f rows/s,"
                + " ratio %.2f", WORKERS, MEASURED.toSeconds(), warmedUp.toSeconds(), intake.serverMillisPerCall(),
                inserts.serverMillisPerCall(), inProcess.perSecond(), unlogged.perSecond(),
                intake.perSecond() / unlogged.perSecond());
        BenchmarkFigures.record("4", "Open311 POST intake, requests/s", intake.perSecond(), "requests/s",
                "raw single-row INSERT into a bare logged table, rows/s", inserts.perSecond(),
                "≥ 1,500/s and ≥ 0.3 × reference", intake.perSecond() >= 1_500 && ratio >= 0.3, conditions);
        BenchmarkFigures.record("4", "Open311 POST intake p99", intake.percentile(0.99), "ms",
                "raw single-row INSERT p99, ms", inserts.percentile(0.99), "< 50 ms", intake.percentile(0.99) < 50,
                conditions);
        assertThat(intake.count()).isPositive();
    }

    /**
     * The same requests straight into the intake service on the app's own threads, each bound to
     * Västerås as an authenticated call would be: what the database and the service cost without
     * HTTP, the token check and the answer's rendering.
     */
    private Figures inProcess(List<Map.Entry<String, String>> form) throws Exception {
        ApiClient webform = apiClients.of("vasteras").stream()
                .filter(c -> c.clientId().equals("vasteras-webform")).findFirst().orElseThrow();
        Jurisdiction where = jurisdictions.resolve("vasteras", webform, null, null);
        Map<String, String[]> fields = new HashMap<>();
        form.forEach(field -> fields.put(field.getKey(), new String[] {field.getValue()}));
        Callable<Void> submit = () -> {
            TenantContext.call("vasteras", () -> intakeService.submit(where, RequestForm.parse(fields,
                    where.settings()), null));
            return null;
        };
        load.run(submit, WARM_UP_ROUND);
        return load.run(submit, MEASURED);
    }

    /**
     * A minute, then more rounds while the JIT still compiles much: it shares the 2 cores with the app,
     * and on a busy machine it is still at work after a minute (a fifth of the CPU in one profile),
     * which a server running for days is not.
     */
    private Duration warmUp(Callable<Void> post) throws Exception {
        long started = System.nanoTime();
        StringBuilder rounds = new StringBuilder().append(Math.round(load.run(post, WARM_UP).perSecond()));
        while (System.nanoTime() - started < WARM_UP_LIMIT.toNanos()) {
            long jit = jitMillis();
            Figures round = load.run(post, WARM_UP_ROUND);
            long compiled = jitMillis() - jit;
            rounds.append(", ").append(Math.round(round.perSecond())).append(" (JIT ").append(compiled).append(" ms)");
            if (compiled < JIT_SETTLED * WARM_UP_ROUND.toMillis()) {
                break;
            }
        }
        // The rate of every round shows how the intake changes as the JIT finishes and the tables fill.
        System.out.printf("%nWarm-up, requests/s: first %d s, then rounds of %d s: %s%n", WARM_UP.toSeconds(),
                WARM_UP_ROUND.toSeconds(), rounds);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

}
