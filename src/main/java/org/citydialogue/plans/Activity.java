package org.citydialogue.plans;

import java.time.LocalDate;
import java.util.List;

/**
 * An activity of the plan (a visit, a workshop, a study) or, when {@code milestone}, a point it
 * must reach; milestones have one date ({@code startsOn == endsOn}). {@code dependsOn} holds the
 * ids of activities that must end first.
 */
public record Activity(long id, boolean milestone, LocalizedText title, LocalizedText description,
        Participant owner, LocalDate startsOn, LocalDate endsOn, ActivityStatus status, List<Long> dependsOn,
        int version) {

    public Activity {
        dependsOn = List.copyOf(dependsOn);
    }
}
