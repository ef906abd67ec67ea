package org.citydialogue.bench;

import java.util.List;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** Prints the figures table once every benchmark of the run has finished (registered as a JUnit service). */
public class BenchmarkSummary implements TestExecutionListener {

    private long startedAt;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        startedAt = System.currentTimeMillis();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        List<BenchmarkFigures.Figure> figures = BenchmarkFigures.read().stream()
                .filter(f -> f.measuredAt().toEpochMilli() >= startedAt).toList();
        if (!figures.isEmpty()) {
            System.out.printf("%nBenchmark figures of this run (all runs: %s):%n%s%n",
                    BenchmarkFigures.FOLDER.resolve("results.json"), BenchmarkFigures.table(figures));
        }
    }
}
