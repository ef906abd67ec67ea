package org.citydialogue.cases;

/** Published when an import has stored cases; their search documents are written after commit. */
record CasesImported(String tenantId, int count) {
}
