package org.citydialogue.cases;

import java.time.Instant;

/**
 * A case as staff see it.
 *
 * @param answerDueAt when the resident must have an answer or word of where it is handled
 * @param version     for optimistic locking: pass it back with the next change
 */
public record ResidentCase(long id, String reference, String kind, String channel, String category, String department,
        String status, String description, String location, String residentName, String residentEmail,
        String residentPhone, String residentLanguage, Instant receivedAt, Instant answerDueAt, Instant answeredAt,
        Instant closedAt, String registeredBy, int version) {

    public boolean answered() {
        return answeredAt != null;
    }

    public boolean closed() {
        return closedAt != null;
    }
}
