package org.citydialogue.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.citydialogue.bench.BenchmarkFigures;
import org.citydialogue.bench.LiveHeap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A city's web form posting Open311 requests at a steady rate for ten minutes (half the intake goal
 * of 1,500/s: 750/s, or {@code -Dsoak.rate=}): every request must succeed, and the live heap after
 * full collections at the end must be where it was after the warm-up. Requests are sent on a clock
 * (an open workload, at most {@code soak.in-flight} at once); ticks the app cannot keep up with are
 * counted as missed, so the rate actually sustained is reported beside the one asked for. Run:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=Open311SoakBenchmark -Dsoak.rate=750 -Dsoak.minutes=10}.
 */
@Tag("benchmark")
@UnlimitedClients
class Open311SoakBenchmark {

    private static final int RATE = Integer.getInteger("soak.rate", 750);
    private static final int MINUTES = Integer.getInteger("soak.minutes", 10);
    private static final int IN_FLIGHT = Integer.getInteger("soak.in-flight", 64);
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("soak.warm-up", 90));
    /** Well inside the server's keep-alive timeout, so the server never closes a connection under a send. */
    private static final long IDLE_LIMIT = Duration.ofSeconds(5).toNanos();
    private static final String FORM = Open311Calls.encode(Open311Calls.form("api_key", Open311Calls.VASTERAS_KEY,
            "jurisdiction_id", "vasteras", "service_code", "streets-parks", "lat", "59.6099", "long", "16.5448",
            "description", "Gatlyktan vid busshållplatsen är släckt.", "attribute[kind]", "complaint"));

    @LocalServerPort
    int port;

    /** Kept-alive connections, the most recently used first; one idle for long is replaced, not trusted. */
    private final java.util.concurrent.ConcurrentLinkedDeque<Connection> connections =
            new java.util.concurrent.ConcurrentLinkedDeque<>();
    private byte[] request;
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong missed = new AtomicLong();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();

    @Test
    void ten_minutes_of_intake_at_half_the_goal_fail_nothing_and_keep_the_heap_flat() throws Exception {
        request = KeepAliveClient.formPost(port, "/open311/v2/requests.json", FORM);
        post(Duration.ofSeconds(WARM_UP.toSeconds()));
        long heapAtStart = LiveHeap.measure();
        answered.set(0);
        missed.set(0);
        List<Long> heapEachMinute = new ArrayList<>(List.of(heapAtStart / 1_048_576));
        long started = System.nanoTime();
        for (int minute = 0; minute < MINUTES; minute++) {
            post(Duration.ofMinutes(1));
            heapEachMinute.add(LiveHeap.measure() / 1_048_576);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long heapAtEnd = LiveHeap.measure();
        double sustained = answered.get() / seconds;
        double growth = (heapAtEnd - heapAtStart) / 1_048_576.0;
        String load = LiveHeap.loadAverage();
        System.out.printf("%nOpen311 soak: asked %d requests/s for %d min, sustained %.0f/s (%d answered, %d ticks"
                        + " missed), %d errors %s; live heap after full GC %d MB at start, %d MB at end (%.1f MB);"
                        + " each minute %s MB; load average %s%n", RATE, MINUTES, sustained, answered.get(),
                missed.get(), errors.size(), errors.stream().limit(3).toList(), heapAtStart / 1_048_576,
                heapAtEnd / 1_048_576, growth, heapEachMinute, load);
        String conditions = MINUTES + " min at " + RATE + "/s asked, " + missed.get() + " sends missed, api_key, "
                + "live heap after full GC " + heapAtStart / 1_048_576 + " MB → " + heapAtEnd / 1_048_576
                + " MB; load average " + load;
        BenchmarkFigures.record("7", "Open311 soak, requests/s sustained", sustained, "requests/s",
                "asked for, requests/s", (double) RATE, "750/s for 10 min, no errors",
                sustained >= 0.98 * RATE && RATE >= 750 && MINUTES >= 10 && errors.isEmpty(), conditions);
        BenchmarkFigures.record("7", "Open311 soak, live heap growth", growth, "MB", "live heap at start, MB",
                heapAtStart / 1_048_576.0, "flat (≤ 5 % of the start)", growth <= 0.05 * heapAtStart / 1_048_576.0,
                conditions);
        assertThat(errors).as("failed requests").isEmpty();
        assertThat(growth).as("live heap growth, MB").isLessThanOrEqualTo(0.05 * heapAtStart / 1_048_576.0);
    }

    /** Sends RATE requests a second, on a 10 ms clock, for the given time. */
    private void post(Duration duration) throws InterruptedException {
        var slots = new Semaphore(IN_FLIGHT);
        long ticks = duration.toMillis() / 10;
        long start = System.nanoTime();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long tick = 0; tick < ticks; tick++) {
                long due = (tick + 1) * RATE / 100 - tick * RATE / 100;
                for (long i = 0; i < due; i++) {
                    if (!slots.tryAcquire()) {
                        missed.incrementAndGet();
                        continue;
                    }
                    senders.submit(() -> {
                        try {
                            send();
                        } finally {
                            slots.release();
                        }
                    });
                }
                long next = start + (tick + 1) * 10_000_000L;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
        }
    }

    private void send() {
        Connection connection = connections.pollFirst();
        if (connection == null || System.nanoTime() - connection.lastUsed > IDLE_LIMIT) {
            closeQuietly(connection);
            connection = new Connection(new KeepAliveClient(port));
        }
        try {
            KeepAliveClient.Answer answer = connection.client.send(request);
            if (answer.status() == 200) {
                answered.incrementAndGet();
            } else {
                errors.add(answer.status() + " " + answer.body());
            }
            connection.lastUsed = System.nanoTime();
            connections.offerFirst(connection);
        } catch (Exception e) {
            errors.add(e.toString());
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.client.close();
            } catch (java.io.IOException ignored) {
                // Going anyway.
            }
        }
    }

    /** A load generator's connection and when it last answered. */
    private static final class Connection {
        final KeepAliveClient client;
        long lastUsed = System.nanoTime();

        Connection(KeepAliveClient client) {
            this.client = client;
        }
    }
}
