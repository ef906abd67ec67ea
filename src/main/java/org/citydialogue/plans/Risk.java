package org.citydialogue.plans;

/** A risk to the project, rated 1–5 for likelihood and impact, with who mitigates it and how. */
public record Risk(long id, LocalizedText title, int likelihood, int impact, LocalizedText mitigation,
        Participant owner, int version) {

    /** Likelihood × impact, 1–25: the order a steering group looks at risks in. */
    public int score() {
        return likelihood * impact;
    }
}
