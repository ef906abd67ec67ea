package org.citydialogue.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where every benchmark leaves its figures: {@code target/bench/results.json} and a readable table
 * beside it ({@code results.md}), each figure next to the reference measured in the same run and
 * the goal it is held to. A figure recorded again (same issue and name) replaces the earlier one,
 * so one run of all benchmarks leaves one complete table.
 */
public final class BenchmarkFigures {

    static final Path FOLDER = Path.of("target", "bench");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /**
     * One measured figure.
     *
     * @param issue          the issue whose goal it checks, e.g. "3"
     * @param name           what was measured, e.g. "import, cases/s"
     * @param value          the figure
     * @param unit           its unit, e.g. "cases/s", "ms"
     * @param reference      what it is compared with, measured in the same run (null if none)
     * @param referenceValue that reference's figure
     * @param goal           the goal in words, e.g. "≥ 100,000 and ≥ 0.5 × reference"
     * @param met            whether the goal is met
     * @param conditions     size and circumstances of the run
     * @param measuredAt     when
     */
    public record Figure(String issue, String name, double value, String unit, String reference,
            Double referenceValue, String goal, boolean met, String conditions, Instant measuredAt) {
    }

    private BenchmarkFigures() {
    }

    public static synchronized void record(String issue, String name, double value, String unit, String reference,
            Double referenceValue, String goal, boolean met, String conditions) {
        List<Figure> figures = new ArrayList<>(read());
        figures.removeIf(f -> f.issue().equals(issue) && f.name().equals(name));
        figures.add(new Figure(issue, name, value, unit, reference, referenceValue, goal, met, conditions,
                Instant.now()));
        figures.sort(Comparator.comparing(Figure::issue).thenComparing(Figure::name));
        try {
            Files.createDirectories(FOLDER);
            JSON.writeValue(FOLDER.resolve("results.json").toFile(), figures);
            Files.writeString(FOLDER.resolve("results.md"), table(figures));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Figure> read() {
        Path file = FOLDER.resolve("results.json");
        if (!Files.exists(file)) {
            return List.of();
        }
        return JSON.readValue(file.toFile(), new TypeReference<List<Figure>>() { });
    }

    static String table(List<Figure> figures) {
        var out = new StringBuilder("| issue | figure | value | reference (same run) | goal | met | conditions |\n"
                + "|---|---|---:|---|---|---|---|\n");
        for (Figure f : figures) {
            String reference = f.reference() == null ? "" : f.reference() + ": " + number(f.referenceValue());
            out.append(String.format(Locale.ROOT, "| %s | %s | %s %s | %s | %s | %s | %s |%n", f.issue(), f.name(),
                    number(f.value()), f.unit(), reference, f.goal(), f.met() ? "yes" : "NO", f.conditions()));
        }
        return out.toString();
    }

    private static String number(Double value) {
        if (value == null) {
            return "";
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
