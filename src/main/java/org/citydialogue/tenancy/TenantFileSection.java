package org.citydialogue.tenancy;

import tools.jackson.databind.JsonNode;

/**
 * A part of a tenant file that another module reads (e.g. {@code cases:}), handed over as parsed
 * YAML with what that module needs to report a problem the way tenancy does: file, field, problem.
 */
public record TenantFileSection(String file, String name, JsonNode node) {

    /** A problem at {@code field} below this section, e.g. {@code lifecycle.states[2].code}. */
    public TenantFileException problem(String field, String problem) {
        return new TenantFileException(file, name + (field.isEmpty() ? "" : "." + field), problem);
    }
}
