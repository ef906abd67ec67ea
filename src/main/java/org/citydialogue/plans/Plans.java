package org.citydialogue.plans;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.citydialogue.i18n.SupportedLanguage;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.SharedStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The joint plans of partnerships, read and edited by members of any member city. Each write
 * checks membership here and the database checks it again (row-level security); each edit of an
 * existing item names the version it was opened on and is refused if someone saved in between.
 * Open screens on every node hear of each committed change through {@link PlanUpdates}.
 */
@Service
public class Plans {

    private final SharedStore store;
    private final PlanReads reads;
    private final PlanAccess access;
    private final PlanUpdates updates;
    private final ObjectProvider<PublishedKpis> kpis;

    Plans(SharedStore store, PlanReads reads, PlanAccess access, PlanUpdates updates,
            ObjectProvider<PublishedKpis> kpis) {
        this.store = store;
        this.reads = reads;
        this.access = access;
        this.updates = updates;
        this.kpis = kpis;
    }

    /** The plan, if the partnership has one and the signed-in member's city may see it. */
    public Optional<Plan> plan(StaffUser reader, String partnershipId) {
        access.requireMember(reader, partnershipId);
        return reads.plan(partnershipId).map(plan -> withPublishedValues(partnershipId, plan));
    }

    /** A new activity or milestone, owned by a member of either city. */
    public long addActivity(StaffUser editor, String partnershipId, NewActivity activity) {
        access.requireEditor(editor, partnershipId);
        Participant owner = access.member(partnershipId, activity.ownerTenant(), activity.ownerSubject());
        if (activity.title().isEmpty()) {
            throw new PlanEditException("plans.error.title-required");
        }
        if (activity.endsOn().isBefore(activity.startsOn())) {
            throw new PlanEditException("plans.error.dates");
        }
        long id = store.inTransaction(() -> PlanWrites.insertActivity(store.jdbc(), partnershipId, activity, owner,
                editor.username()));
        updates.announce(partnershipId);
        return id;
    }

    /** Moves an activity's dates and sets its status, unless someone saved it since {@code version}. */
    public void rescheduleActivity(StaffUser editor, String partnershipId, long activityId, int version,
            java.time.LocalDate startsOn, java.time.LocalDate endsOn, ActivityStatus status) {
        access.requireEditor(editor, partnershipId);
        if (endsOn.isBefore(startsOn)) {
            throw new PlanEditException("plans.error.dates");
        }
        store.inTransaction(() -> requireOne(store.jdbc().update("""
                update activity set starts_on = ?, ends_on = ?, status = ?, version = version + 1,
                    updated_at = now(), updated_by = ?
                where partnership_id = ? and id = ? and version = ?
                """, startsOn, endsOn, status.code(), editor.username(), partnershipId, activityId, version)));
        updates.announce(partnershipId);
    }

    /** Adds or replaces one language's version of a text, unless the item was saved since {@code version}. */
    public void translate(StaffUser editor, String partnershipId, TranslatableText text, long itemId, int version,
            SupportedLanguage language, String translation) {
        access.requireEditor(editor, partnershipId);
        if (translation == null || translation.isBlank()) {
            throw new PlanEditException("plans.error.translation-required");
        }
        Object[] arguments = text.isPlanField()
                ? new Object[] {language.tag(), translation.strip(), partnershipId, version}
                : new Object[] {language.tag(), translation.strip(), partnershipId, itemId, version};
        store.inTransaction(() -> requireOne(store.jdbc().update(text.update(), arguments)));
        updates.announce(partnershipId);
    }

    /** Records an indicator's current value by hand (indicators bound to a KPI take the published one). */
    public void recordIndicator(StaffUser editor, String partnershipId, long indicatorId, int version,
            BigDecimal value) {
        access.requireEditor(editor, partnershipId);
        store.inTransaction(() -> requireOne(store.jdbc().update("""
                update indicator set current_value = ?, version = version + 1
                where partnership_id = ? and id = ? and version = ? and kpi_code is null
                """, value, partnershipId, indicatorId, version)));
        updates.announce(partnershipId);
    }

    /** Whether {@code staff} is a member of any partnership, and so has joint plans to open. */
    public boolean takesPart(StaffUser staff) {
        return access.takesPart(staff);
    }

    /** The members of the partnership's cities who may own items, for pickers. */
    public List<Participant> participants(StaffUser reader, String partnershipId) {
        access.requireMember(reader, partnershipId);
        return access.participants(partnershipId);
    }

    private Plan withPublishedValues(String partnershipId, Plan plan) {
        PublishedKpis published = kpis.getIfAvailable();
        if (published == null) {
            return plan;
        }
        List<Outcome> outcomes = plan.outcomes().stream().map(outcome -> new Outcome(outcome.id(), outcome.title(),
                outcome.indicators().stream().map(indicator -> indicator.kpi() == null ? indicator
                        : indicator.withCurrent(published.current(partnershipId, indicator.kpi().code(),
                                indicator.kpi().tenantId()).orElse(indicator.current()))).toList(),
                outcome.version())).toList();
        return new Plan(plan.partnershipId(), plan.overallGoal(), plan.projectGoal(), plan.startsOn(), plan.endsOn(),
                plan.cnyPerSek(), plan.version(), outcomes, plan.activities(), plan.budget(), plan.risks(),
                plan.documents());
    }

    static void requireOne(int updated) {
        if (updated != 1) {
            throw PlanEditException.concurrent();
        }
    }
}
