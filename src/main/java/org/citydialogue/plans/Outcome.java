package org.citydialogue.plans;

import java.util.List;

/** An expected result of the project, measured by its indicators. */
public record Outcome(long id, LocalizedText title, List<Indicator> indicators, int version) {

    public Outcome {
        indicators = List.copyOf(indicators);
    }
}
