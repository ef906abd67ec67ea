package org.citydialogue.open311;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.time.Duration;
import org.citydialogue.bench.ProcessorTime;

/**
 * A closed workload: a fixed number of workers each calling {@code work} back to back for a while.
 * Every call's time is kept, and the CPU seconds PostgreSQL and this JVM spent meanwhile, so a rate
 * can be read per call of CPU as well as by the clock.
 */
final class WorkerLoad {

    private final int workers;
    private final ProcessorTime cpu;

    WorkerLoad(int workers, ProcessorTime cpu) {
        this.workers = workers;
        this.cpu = cpu;
    }

    Figures run(Callable<Void> work, Duration duration) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        List<Callable<long[]>> tasks = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            tasks.add(() -> {
                long[] times = new long[1 << 20];
                int n = 0;
                while (System.nanoTime() < end && n < times.length) {
                    long start = System.nanoTime();
                    work.call();
                    times[n++] = System.nanoTime() - start;
                }
                return Arrays.copyOf(times, n);
            });
        }
        Map<Long, Long> server = cpu.server();
        double jvm = ProcessorTime.jvm();
        long started = System.nanoTime();
        List<long[]> perWorker = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(workers)) {
            for (var result : pool.invokeAll(tasks)) {
                perWorker.add(result.get());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] all = perWorker.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Figures(all, seconds, ProcessorTime.serverSince(server, cpu.server()), ProcessorTime.jvm() - jvm);
    }

    /** Call times, sorted; wall seconds; CPU seconds of PostgreSQL and of this JVM (app and load generator). */
    record Figures(long[] sortedNanos, double seconds, double serverCpu, double jvmCpu) {

        long count() {
            return sortedNanos.length;
        }

        double perSecond() {
            return sortedNanos.length / seconds;
        }

        double percentile(double p) {
            return sortedNanos[(int) Math.min(sortedNanos.length - 1, Math.ceil(p * sortedNanos.length) - 1)] / 1e6;
        }

        /** Milliseconds of PostgreSQL's CPU per call. */
        double serverMillisPerCall() {
            return 1000 * serverCpu / sortedNanos.length;
        }

        /** Milliseconds of this JVM's CPU per call. */
        double jvmMillisPerCall() {
            return 1000 * jvmCpu / sortedNanos.length;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%,.0f/s, p50 %.1f ms, p99 %.1f ms, CPU per call: PostgreSQL "
                    + "%.3f ms, JVM %.3f ms", perSecond(), percentile(0.50), percentile(0.99), serverMillisPerCall(),
                    jvmMillisPerCall());
        }
    }
}
