package org.citydialogue.plans;

import java.time.Instant;
import java.util.List;

/** A comment in an item's thread; {@code mentioned} are the members it @mentions. */
public record PlanComment(long id, String itemType, long itemId, Participant author, String body, Instant createdAt,
        List<Participant> mentioned) {

    public PlanComment {
        mentioned = List.copyOf(mentioned);
    }
}
