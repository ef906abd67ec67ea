package org.citydialogue.plans;

import java.time.Instant;

/** A notice to a member that someone mentioned them in a comment, until they read it. */
public record Mention(long commentId, String partnershipId, String itemType, long itemId, String by, String excerpt,
        Instant at) {
}
