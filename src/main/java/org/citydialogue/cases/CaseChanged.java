package org.citydialogue.cases;

/**
 * Published after a case was registered or moved, INSIDE the change's transaction: a listener that
 * must only act on committed changes listens with
 * {@code @TransactionalEventListener(phase = AFTER_COMMIT)}, as {@link CaseUpdates} does.
 */
public record CaseChanged(String tenantId, long caseId) {
}
