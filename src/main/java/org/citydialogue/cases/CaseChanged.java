package org.citydialogue.cases;

/** Published after a case was registered or moved, once the change is committed. */
public record CaseChanged(String tenantId, long caseId) {
}
