package org.citydialogue.bench;

import java.lang.management.ManagementFactory;

/** Memory measured Vaadin's way: the heap still in use after full collections. */
public final class LiveHeap {

    private LiveHeap() {
    }

    /** Used heap after full collections, once it stops shrinking, in bytes. */
    public static long measure() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(200);
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used * 0.995) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }

    /** The system's load average over the last minute, for the conditions of a figure. */
    public static String loadAverage() {
        return String.format(java.util.Locale.ROOT, "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
