package org.citydialogue.plans;

import java.time.LocalDate;
import java.util.List;

/** What a member enters for a new activity or milestone; the owner is a member of either city. */
public record NewActivity(boolean milestone, LocalizedText title, LocalizedText description, String ownerTenant,
        String ownerSubject, LocalDate startsOn, LocalDate endsOn, ActivityStatus status, List<Long> dependsOn) {

    public NewActivity {
        dependsOn = List.copyOf(dependsOn);
    }
}
