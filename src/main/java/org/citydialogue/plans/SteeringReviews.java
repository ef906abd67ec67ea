package org.citydialogue.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.citydialogue.i18n.SupportedLanguage;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.SharedStore;
import org.springframework.stereotype.Service;

/**
 * Steering reviews of a plan. Members of the project group or steering committee prepare one
 * (status overrides with a reason, decisions, minutes); steering committee members sign it off for
 * their city. A review signed for every member city is closed: it no longer changes.
 */
@Service
public class SteeringReviews {

    private final SharedStore store;
    private final Plans plans;
    private final PlanAccess access;
    private final PlanUpdates updates;
    private final ReviewReads reads;

    SteeringReviews(SharedStore store, Plans plans, PlanAccess access, PlanUpdates updates, ReviewReads reads) {
        this.store = store;
        this.plans = plans;
        this.access = access;
        this.updates = updates;
        this.reads = reads;
    }

    /** The reviews of the partnership, latest period first, with outcome statuses as of each period's end. */
    public List<SteeringReview> reviews(StaffUser reader, String partnershipId) {
        Optional<Plan> plan = plans.plan(reader, partnershipId);
        return plan.map(p -> reads.reviews(p)).orElse(List.of());
    }

    public Optional<SteeringReview> review(StaffUser reader, String partnershipId, long reviewId) {
        return reviews(reader, partnershipId).stream().filter(r -> r.id() == reviewId).findFirst();
    }

    public long open(StaffUser editor, String partnershipId, LocalDate from, LocalDate to) {
        access.requireEditor(editor, partnershipId);
        if (!to.isAfter(from)) {
            throw new PlanEditException("plans.error.dates");
        }
        long id;
        try {
            id = store.inTransaction(() -> store.jdbc().queryForObject("""
                    insert into steering_review (partnership_id, period_from, period_to, created_by)
                    values (?, ?, ?, ?) returning id
                    """, Long.class, partnershipId, from, to, editor.username()));
        } catch (org.springframework.dao.DuplicateKeyException exists) {
            throw new PlanEditException("plans.error.review-exists");
        }
        updates.announce(partnershipId);
        return id;
    }

    /** Sets an outcome's status by hand, with the reason the steering group gives for it. */
    public void override(StaffUser editor, String partnershipId, long reviewId, int version, long outcomeId,
            OutcomeStatus status, String reason) {
        access.requireEditor(editor, partnershipId);
        if (reason == null || reason.isBlank()) {
            throw new PlanEditException("plans.error.reason-required");
        }
        change(partnershipId, reviewId, version, () -> store.jdbc().update("""
                insert into review_outcome (review_id, outcome_id, partnership_id, status, reason, set_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (review_id, outcome_id) do update
                    set status = excluded.status, reason = excluded.reason, set_by = excluded.set_by
                """, reviewId, outcomeId, partnershipId, status.code(), reason.strip(), editor.displayName()));
    }

    public void addDecision(StaffUser editor, String partnershipId, long reviewId, int version, LocalizedText what,
            String ownerTenant, String ownerSubject, LocalDate dueOn) {
        access.requireEditor(editor, partnershipId);
        if (what.isEmpty()) {
            throw new PlanEditException("plans.error.title-required");
        }
        Participant owner = access.member(partnershipId, ownerTenant, ownerSubject);
        change(partnershipId, reviewId, version, () -> store.jdbc().update("""
                insert into review_decision (review_id, partnership_id, what, owner_tenant, owner_subject, owner_name,
                    due_on) values (?, ?, ?::jsonb, ?, ?, ?, ?)
                """, reviewId, partnershipId, TextColumns.json(what), owner.tenantId(), owner.subject(), owner.name(),
                dueOn));
    }

    /** Writes the minutes in one language, keeping the other languages' versions. */
    public void writeMinutes(StaffUser editor, String partnershipId, long reviewId, int version,
            SupportedLanguage language, String minutes) {
        access.requireEditor(editor, partnershipId);
        change(partnershipId, reviewId, version, () -> store.jdbc().update(
                "update steering_review set minutes = minutes || jsonb_build_object(?::text, ?::text) where id = ?",
                language.tag(), minutes == null ? "" : minutes.strip(), reviewId));
    }

    /** A steering committee member signs the review, as it stands at {@code version}, for their city. */
    public void signOff(StaffUser member, String partnershipId, long reviewId, int version) {
        Participant signer = access.requireSteering(member, partnershipId);
        store.inTransaction(() -> {
            requireOpen(partnershipId, reviewId, version, member);
            store.jdbc().update("""
                    insert into review_signoff (review_id, partnership_id, tenant_id, subject, name, review_version)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing
                    """, reviewId, partnershipId, signer.tenantId(), signer.subject(), signer.name(), version);
        });
        updates.announce(partnershipId);
    }

    /** One change to an open review: the version moves on, so a sign-off always names what was signed. */
    private void change(String partnershipId, long reviewId, int version, Runnable write) {
        store.inTransaction(() -> {
            requireOpen(partnershipId, reviewId, version, null);
            write.run();
            Plans.requireOne(store.jdbc().update("update steering_review set version = version + 1"
                    + " where id = ? and version = ?", reviewId, version));
        });
        updates.announce(partnershipId);
    }

    private void requireOpen(String partnershipId, long reviewId, int version, StaffUser signer) {
        Integer current = store.jdbc().query("select version from steering_review where id = ? and partnership_id = ?"
                + " for update", (row, n) -> row.getInt(1), reviewId, partnershipId).stream().findFirst()
                .orElseThrow(PlanEditException::notMember);
        if (current != version) {
            throw PlanEditException.concurrent();
        }
        if (signer == null && reads.signedCities(reviewId).containsAll(reads.memberCities(partnershipId))) {
            throw new PlanEditException("plans.error.review-closed");
        }
    }
}
