package org.citydialogue.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.citydialogue.AgentClient;
import org.citydialogue.AppTest;
import org.citydialogue.ProductionBundle;
import org.citydialogue.cases.CaseQueue;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Contact-centre agents against the real Vaadin UI over HTTP, as their browsers talk to it: OIDC
 * sign-in, Vaadin's init and UIDL requests with the UI's CSRF token and sync ids, the queue's lazy
 * grid scrolled to random pages, case views opened. Two figures:
 * <ul>
 *   <li>memory per agent session, Vaadin's way: live heap after full GCs with and without N
 *       signed-in sessions, each with the queue open (goal ≤ 250 KB);</li>
 *   <li>UI round trips with 1,000 agents at work on one node, simulated by Gatling
 *       ({@link ContactCentreAgents}): p95 (goal &lt; 300 ms), beside the same actions by one agent
 *       alone in the same run.</li>
 * </ul>
 * Sizes: {@code -Dbench.sessions=200 -Dbench.agents=1000 -Dbench.ramp=600 -Dbench.seconds=90}. The app, its embedded
 * PostgreSQL and the simulated browsers share this machine's CPUs.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "groups", matches = ".*benchmark.*",
        disabledReason = "a benchmark; run with -Dgroups=benchmark -DexcludedGroups= -Dtest=AgentSessionBenchmark")
@AppTest
@TestPropertySource(properties = {"citydialogue.demo.case-history-days=365", "vaadin.productionMode=true"})
class AgentSessionBenchmark {

    static {
        // What users get: the committed production bundle, Vaadin in production mode.
        ProductionBundle.unpack();
    }

    private static final int SESSIONS = Integer.getInteger("bench.sessions", 200);
    private static final int AGENTS = Integer.getInteger("bench.agents", 1000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 90);
    private static final int RAMP = Integer.getInteger("bench.ramp", 600);
    private static final String[] STAFF = {"anna.agent", "sara.supervisor"};

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseQueue queue;

    private final HttpClient http = AgentClient.sharedHttp();
    private long[] caseIds;
    private int queueRows;

    @AfterAll
    static void bundleOffTheClasspath() {
        ProductionBundle.remove();
    }

    @BeforeEach
    void casesToLookAt() {
        queueRows = TenantContext.call("vasteras", () -> queue.count(CaseQueue.Filter.open()));
        caseIds = TenantContext.call("vasteras", () -> jdbc.sql("select id from resident_case order by id")
                .query(Long.class).list()).stream().mapToLong(Long::longValue).toArray();
        assertThat(caseIds).as("demo history to browse").hasSizeGreaterThan(50);
    }

    @Test
    void memoryPerSignedInAgentWithTheQueueOpen() throws Exception {
        signedInWithQueue(5);
        long without = LiveHeap.measure();
        var before = ClassHistogram.take();
        List<AgentClient> agents = signedInWithQueue(SESSIONS);
        long with = LiveHeap.measure();
        System.out.println(ClassHistogram.take().growthSince(before, SESSIONS, 40));
        double perSession = (with - without) / 1024.0 / SESSIONS;
        System.out.printf("%nLive heap without sessions %.1f MB, with %d sessions %.1f MB: %.0f KB per agent session%n",
                without / 1048576.0, SESSIONS, with / 1048576.0, perSession);
        BenchmarkFigures.record("7", "memory per agent session (queue open)", perSession, "KB",
                "live heap without the sessions, MB", without / 1048576.0, "≤ 250 KB", perSession <= 250,
                SESSIONS + " signed-in Vaadin sessions, " + queueRows + " cases; live heap after full GC");
        assertThat(agents).hasSize(SESSIONS);
    }

    @Test
    void oneThousandAgentsAtWork() {
        var alone = agents(1, Duration.ofSeconds(1), Duration.ofSeconds(15), 200, 400);
        GatlingRun.of(ContactCentreAgents.class, "one-agent-alone");
        var many = agents(AGENTS, Duration.ofSeconds(RAMP), Duration.ofSeconds(SECONDS), 3_000, 12_000);
        GatlingRun.of(ContactCentreAgents.class, AGENTS + "-agents");
        long[] unloaded = sorted(alone.roundTrips());
        long[] loaded = sorted(many.roundTrips());
        long[] arriving = sorted(many.duringRamp());
        double p95 = percentile(loaded, 95);
        String load = LiveHeap.loadAverage();
        System.out.printf("%nUI round trips (Gatling): 1 agent alone p50 %.0f ms p95 %.0f ms p99 %.0f ms; while %d agents"
                        + " signed in over %d s: p50 %.0f ms p95 %.0f ms p99 %.0f ms (%d round trips); all %d at work:"
                        + " p50 %.0f ms p95 %.0f ms p99 %.0f ms over %d round trips in %d s (%.0f/s); %d of %d requests"
                        + " failed (sign-in included); load average %s%n",
                percentile(unloaded, 50), percentile(unloaded, 95), percentile(unloaded, 99), AGENTS, RAMP,
                percentile(arriving, 50), percentile(arriving, 95), percentile(arriving, 99), arriving.length, AGENTS,
                percentile(loaded, 50), p95, percentile(loaded, 99), loaded.length, SECONDS,
                loaded.length / (double) SECONDS, many.failed().get(), many.requests().get(), load);
        assertThat(alone.failed()).as("failed requests of one agent alone").hasValue(0);
        BenchmarkFigures.record("7", "UI round trip p95, " + AGENTS + " agents", p95, "ms",
                "one agent alone, p95 ms", percentile(unloaded, 95), "< 300 ms, no errors",
                p95 < 300 && many.failed().get() == 0, loaded.length + " round trips in " + SECONDS + " s after a "
                        + RAMP + " s ramp (each agent at work from its sign-in; p95 during the ramp "
                        + Math.round(percentile(arriving, 95)) + " ms), think time 3-12 s, " + many.failed() + " of "
                        + many.requests() + " requests failed (sign-in included); Gatling; grid pages, case views, "
                        + "back to the queue; load average " + load);
    }

    /** Hands the simulation its workload: Västerås staff over the cases of this run. */
    private ContactCentreAgents.Workload agents(int count, Duration ramp, Duration work, int thinkMin, int thinkMax) {
        var workload = new ContactCentreAgents.Workload("http://localhost:" + port, "vasteras", List.of(STAFF), count,
                ramp, work, Duration.ofMillis(thinkMin), Duration.ofMillis(thinkMax), caseIds, queueRows);
        ContactCentreAgents.workload = workload;
        return workload;
    }

    private static long[] sorted(ConcurrentLinkedQueue<Integer> times) {
        long[] all = times.stream().mapToLong(Integer::longValue).sorted().toArray();
        assertThat(all).as("UI round trips measured").isNotEmpty();
        return all;
    }

    /** Signs agents in and opens the queue for each, a few at a time (sign-in hashes passwords). */
    private List<AgentClient> signedInWithQueue(int count) throws InterruptedException {
        var agents = new ConcurrentLinkedQueue<AgentClient>();
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var gate = new Semaphore(Runtime.getRuntime().availableProcessors() * 2);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                String username = STAFF[i % STAFF.length];
                executor.submit(() -> {
                    gate.acquireUninterruptibly();
                    try {
                        var agent = new AgentClient("http://localhost:" + port, http);
                        agent.signIn("vasteras", username, "demo");
                        agent.open("cases");
                        agent.scrollGrid(0, 50);
                        agents.add(agent);
                    } catch (RuntimeException e) {
                        failures.add(e);
                    } finally {
                        gate.release();
                    }
                });
            }
        }
        assertThat(failures).isEmpty();
        return new ArrayList<>(agents);
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
