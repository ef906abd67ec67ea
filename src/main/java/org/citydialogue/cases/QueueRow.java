package org.citydialogue.cases;

import java.time.Instant;

/**
 * A case as the queue lists it: what its columns, its deadline badge and the link to the case
 * need, nothing more. No description, no resident's contact details: a session with the queue
 * open holds no personal data the queue does not show, and each row stays small.
 *
 * @param kind       the codes (kind, category, status, department) are shared instances, since every
 *                   row repeats a few of them
 * @param answered   whether the resident has had a first answer (the badge says so instead of a deadline)
 */
public record QueueRow(long id, String reference, String kind, String category, String status, String department,
        Instant receivedAt, Instant answerDueAt, boolean answered) {
}
