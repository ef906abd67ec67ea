package org.citydialogue.bench;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * The live objects per class ({@code jcmd GC.class_histogram}, which collects first), taken in
 * the benchmark's own JVM: the growth between two shows what each session holds.
 */
final class ClassHistogram {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private final Map<String, long[]> classes;

    private ClassHistogram(Map<String, long[]> classes) {
        this.classes = classes;
    }

    static ClassHistogram take() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            var classes = new HashMap<String, long[]>();
            for (String line : text.split("\n")) {
                var row = ROW.matcher(line);
                if (row.find()) {
                    classes.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                            (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                }
            }
            return new ClassHistogram(classes);
        } catch (Exception e) {
            throw new IllegalStateException("no class histogram", e);
        }
    }

    /** The classes that grew most since {@code before}, as instances and bytes per session. */
    String growthSince(ClassHistogram before, int sessions, int top) {
        var out = new StringBuilder(String.format("%nLive objects per session (growth over %d sessions):%n", sessions));
        classes.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {e.getValue()[0] - before.count(e.getKey(), 0),
                    e.getValue()[1] - before.count(e.getKey(), 1)}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(top)
                .forEach(e -> out.append(String.format("%10.1f objects %10.0f bytes  %s%n",
                        e.getValue()[0] / (double) sessions, e.getValue()[1] / (double) sessions, e.getKey())));
        return out.toString();
    }

    private long count(String name, int column) {
        long[] row = classes.get(name);
        return row == null ? 0 : row[column];
    }
}
