package org.citydialogue.bench;

import io.gatling.app.Gatling$;
import io.gatling.javaapi.core.Simulation;
import java.nio.file.Path;

/** Runs a Gatling simulation inside the benchmark's JVM, so the one benchmark command runs it too. */
final class GatlingRun {

    private GatlingRun() {
    }

    /** Runs it; Gatling prints its summary and leaves its HTML report under {@code target/gatling}. */
    static void of(Class<? extends Simulation> simulation, String description) {
        Path results = Path.of("target", "gatling", description);
        int status = Gatling$.MODULE$.fromArgs(new String[] {"--simulation", simulation.getName(),
            "--results-folder", results.toString(), "--run-description", description, "--launcher", "maven"});
        if (status != 0) {
            throw new IllegalStateException("Gatling ended with status " + status + " (" + description + ")");
        }
    }
}
