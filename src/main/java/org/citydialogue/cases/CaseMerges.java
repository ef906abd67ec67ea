package org.citydialogue.cases;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.Set;
import org.citydialogue.i18n.Msg;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.Tenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging a duplicate into its original (重复工单合并): the same matter reported twice is handled
 * once. The duplicate is closed, in the lifecycle's first closed state, and points at the original;
 * both timelines say so. A case already merged away cannot take duplicates: they would point at a
 * closed case nobody handles.
 */
@Service
public class CaseMerges {

    private static final Set<Role> MERGERS = Set.of(Role.AGENT, Role.SUPERVISOR);

    private final CaseSteps steps;

    CaseMerges(CaseSteps steps) {
        this.steps = steps;
    }

    public boolean mayMerge(StaffUser staff, ResidentCase c) {
        return staff.roles().stream().anyMatch(MERGERS::contains) && mergedInto(c.id()).isEmpty();
    }

    /** The reference of the original this case was merged into, if it was. */
    public Optional<String> mergedInto(long id) {
        return steps.jdbc.sql("""
                select o.reference from case_merge m join resident_case o on o.id = m.original_id where m.duplicate_id = ?
                """).param(id).query(String.class).optional();
    }

    /**
     * @param originalReference the reference residents are told, e.g. JN-2026-000042
     * @throws CaseInputException        field {@code original} when there is no such case to merge into,
     *                                   or {@code case} when this case cannot be merged
     * @throws ConcurrentChangeException when someone else changed the duplicate since {@code version}
     */
    @Transactional
    public ResidentCase mergeInto(StaffUser staff, long duplicateId, int version, String originalReference) {
        Tenant tenant = steps.tenantOf(staff);
        if (staff.roles().stream().noneMatch(MERGERS::contains)) {
            throw new CaseInputException("case", Msg.key("case.error.step.not.allowed"));
        }
        ResidentCase duplicate = steps.require(duplicateId);
        steps.checkVersion(duplicate, version);
        if (mergedInto(duplicateId).isPresent()) {
            throw new CaseInputException("case", Msg.key("case.error.merge.already.merged"));
        }
        String reference = originalReference == null ? "" : originalReference.strip();
        // Each tenant's cases live in its own store: another city's reference is simply not found.
        ResidentCase original = steps.jdbc.sql("select * from resident_case where reference = ? for update")
                .param(reference).query(Cases::row).optional()
                .orElseThrow(() -> new CaseInputException("original", Msg.key("case.error.merge.original.not.found")));
        if (original.id() == duplicateId) {
            throw new CaseInputException("original", Msg.key("case.error.merge.into.itself"));
        }
        if (mergedInto(original.id()).isPresent()) {
            throw new CaseInputException("original", Msg.key("case.error.merge.into.merged"));
        }
        String closedState = steps.catalogue.require(tenant.id()).lifecycle().states().stream()
                .filter(Lifecycle.State::closed).findFirst().orElseThrow().code();
        steps.bump(duplicate, version);
        steps.jdbc.sql("""
                update resident_case set status = ?, closed_at = coalesce(closed_at, ?),
                    extension_days = null, extension_reason = null, extension_requested_by = null,
                    extension_requested_at = null
                where id = ?
                """).params(closedState, Timestamp.from(steps.now()), duplicateId).update();
        steps.jdbc.sql("insert into case_merge (duplicate_id, original_id) values (?, ?)")
                .params(duplicateId, original.id()).update();
        steps.event(tenant, duplicateId, staff, "merged-as-duplicate", duplicate.status(), closedState,
                original.reference());
        steps.event(tenant, original.id(), staff, "duplicate-merged", original.status(), original.status(),
                duplicate.reference());
        steps.changed(tenant, duplicateId);
        steps.changed(tenant, original.id());
        return steps.jdbc.sql("select * from resident_case where id = ?").param(duplicateId).query(Cases::row)
                .single();
    }
}
