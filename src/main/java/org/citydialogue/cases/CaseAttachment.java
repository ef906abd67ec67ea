package org.citydialogue.cases;

import java.time.Instant;

/**
 * A file attached to a case, without its content (read that through {@link CaseAttachments#download}).
 *
 * @param removed whether retention has removed its content and name
 */
public record CaseAttachment(long id, long caseId, String fileName, String contentType, int sizeBytes,
        String addedBy, Instant addedAt, boolean removed) {
}
