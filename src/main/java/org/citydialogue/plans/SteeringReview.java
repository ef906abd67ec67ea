package org.citydialogue.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A steering group's review of a plan for one period: how each outcome stands, what was decided,
 * the minutes, and who signed it off. Once a steering member of every member city has signed, it
 * is closed and no longer changes.
 */
public record SteeringReview(long id, String partnershipId, LocalDate periodFrom, LocalDate periodTo,
        LocalizedText minutes, int version, List<OutcomeReview> outcomes, List<Decision> decisions,
        List<SignOff> signOffs, Set<String> memberTenants) {

    public SteeringReview {
        outcomes = List.copyOf(outcomes);
        decisions = List.copyOf(decisions);
        signOffs = List.copyOf(signOffs);
        memberTenants = Set.copyOf(memberTenants);
    }

    /** The member cities whose steering members have not signed yet. */
    public Set<String> awaitingSignOff() {
        Set<String> signed = signOffs.stream().map(SignOff::tenantId).collect(Collectors.toSet());
        return memberTenants.stream().filter(t -> !signed.contains(t)).collect(Collectors.toSet());
    }

    public boolean signedOff() {
        return awaitingSignOff().isEmpty();
    }

    /** An outcome at this review: the status its indicators give, and the steering group's override if any. */
    public record OutcomeReview(Outcome outcome, OutcomeStatus derived, @Nullable OutcomeStatus override,
            @Nullable String reason, @Nullable String overriddenBy) {

        public OutcomeStatus status() {
            return override != null ? override : derived;
        }
    }

    /** What the steering group decided, who sees to it, by when. */
    public record Decision(long id, LocalizedText what, Participant owner, LocalDate dueOn) {
    }

    /** A steering member's signature on the review as it stood at {@code reviewVersion}. */
    public record SignOff(String tenantId, String subject, String name, Instant signedAt, int reviewVersion) {
    }
}
