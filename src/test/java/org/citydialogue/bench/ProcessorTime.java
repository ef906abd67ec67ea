package org.citydialogue.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * CPU seconds used so far by the embedded PostgreSQL (all its processes, from Linux's /proc) and by
 * this JVM. On a machine shared with other builds, wall-clock rates measure the load as much as the
 * work; the CPU a piece of work took does not depend on how long it waited for a core.
 */
public final class ProcessorTime {

    private static final double TICKS_PER_SECOND = 100;

    private final long postmaster;

    public ProcessorTime(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement();
                var pid = statement.executeQuery("select pg_backend_pid()")) {
            pid.next();
            long[] backend = stat(Path.of("/proc", pid.getString(1), "stat"));
            // Not on Linux, or the server on another machine: no server figures (NaN).
            postmaster = backend == null ? -1 : backend[1];
        }
    }

    /** CPU ticks so far of each of the database server's processes. */
    public Map<Long, Long> server() {
        Map<Long, Long> ticks = new HashMap<>();
        if (postmaster == -1) {
            return ticks;
        }
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                if (process.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    long[] stat = stat(process.resolve("stat"));
                    if (stat != null && (stat[1] == postmaster || stat[0] == postmaster)) {
                        ticks.put(stat[0], stat[2]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ticks;
    }

    /** CPU seconds the server's processes spent since {@code before}; one that ended meanwhile is not counted. */
    public static double serverSince(Map<Long, Long> before, Map<Long, Long> after) {
        if (after.isEmpty()) {
            return Double.NaN;
        }
        long ticks = 0;
        for (var process : after.entrySet()) {
            ticks += process.getValue() - before.getOrDefault(process.getKey(), 0L);
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** CPU seconds of this JVM, every thread. */
    public static double jvm() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** pid, parent pid, user + system ticks; null if the process has ended meanwhile. */
    private static long[] stat(Path file) {
        String line;
        try {
            line = Files.readString(file);
        } catch (IOException ended) {
            return null;
        }
        String[] after = line.substring(line.lastIndexOf(')') + 2).split(" ");
        // Fields from the state on: state 3, ppid 4, ... utime 14, stime 15.
        return new long[] {Long.parseLong(line.substring(0, line.indexOf(' '))), Long.parseLong(after[1]),
            Long.parseLong(after[11]) + Long.parseLong(after[12])};
    }
}
