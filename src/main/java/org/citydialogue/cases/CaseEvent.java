package org.citydialogue.cases;

import java.time.Instant;

/** One line of a case's timeline: who did what, when, and why. */
public record CaseEvent(Instant at, String actor, String action, String fromStatus, String toStatus,
        String department, String note) {
}
