package org.citydialogue.plans;

import java.util.Objects;

/** A member of a partnership named on a plan item: their city (tenant), their staff id and name. */
public record Participant(String tenantId, String subject, String name) {

    public Participant {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
    }
}
