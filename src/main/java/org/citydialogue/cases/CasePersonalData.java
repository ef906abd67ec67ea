package org.citydialogue.cases;

import java.time.Instant;
import java.util.Optional;

/**
 * Personal data that another module keeps beside a case (the raw Open311 request with its device
 * and account ids, coordinates, media): retention anonymises it with its case, and the resident's
 * export includes it. Both run in their caller's transaction, as the bound tenant.
 */
public interface CasePersonalData {

    /** The name of its part in an exported case, e.g. {@code open311Request}. */
    String section();

    /** What it holds about this case, as a JSON object; empty when it holds nothing. */
    Optional<String> export(long caseId);

    /**
     * Anonymises what it still holds about cases that closed before {@code closedBefore}, also of
     * cases anonymised earlier (before it was kept), and says how many of its records it changed.
     */
    int anonymiseClosedBefore(Instant closedBefore);
}
