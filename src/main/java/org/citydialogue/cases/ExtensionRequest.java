package org.citydialogue.cases;

import java.time.Instant;

/** A handler's pending request for more working days to answer a case, waiting for a supervisor. */
public record ExtensionRequest(int workingDays, String reason, String requestedBy, Instant requestedAt) {
}
