package org.citydialogue.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.i18n.Msg;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.Tenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extending a case's answer deadline (Jinan 12345: 5 working days, extendable by up to 10 with a
 * supervisor's approval, 延期申请 → 审批). The handler or agent asks, with a reason; a supervisor
 * approves, which moves the deadline on by that many of the tenant's working days from the current
 * deadline, or refuses with a reason. The tenant's maximum caps all extensions of a case together.
 * Tenants whose files set no maximum do not extend deadlines at all.
 */
@Service
public class CaseExtensions {

    /** Who may ask: those who handle the case day to day. */
    static final Set<Role> REQUESTERS = Set.of(Role.CASE_HANDLER, Role.AGENT);

    private final CaseSteps steps;
    private final Deadlines deadlines;

    CaseExtensions(CaseSteps steps, Deadlines deadlines) {
        this.steps = steps;
        this.deadlines = deadlines;
    }

    /** Whether this staff member's tenant extends deadlines at all. */
    public boolean used(StaffUser staff) {
        return maxWorkingDays(steps.tenantOf(staff)) > 0;
    }

    public boolean mayRequest(StaffUser staff, ResidentCase c) {
        return used(staff) && !c.closed() && staff.roles().stream().anyMatch(REQUESTERS::contains)
                && pending(c.id()).isEmpty();
    }

    public boolean mayDecide(StaffUser staff, ResidentCase c) {
        return staff.roles().contains(Role.SUPERVISOR) && pending(c.id()).isPresent();
    }

    public Optional<ExtensionRequest> pending(long id) {
        return steps.jdbc.sql("""
                select extension_days, extension_reason, extension_requested_by, extension_requested_at
                from resident_case where id = ? and extension_days is not null
                """).param(id)
                .query((rs, n) -> new ExtensionRequest(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    /**
     * Asks for {@code workingDays} more working days to answer.
     *
     * @throws CaseInputException        field {@code workingDays} or {@code reason}, or {@code case} when the
     *                                   case cannot be extended now
     * @throws ConcurrentChangeException when someone else changed the case since {@code version}
     */
    @Transactional
    public ResidentCase request(StaffUser staff, long id, int version, int workingDays, String reason) {
        Tenant tenant = steps.tenantOf(staff);
        int max = maxWorkingDays(tenant);
        if (max == 0) {
            throw new CaseInputException("case", Msg.key("case.error.extension.not.used"));
        }
        if (staff.roles().stream().noneMatch(REQUESTERS::contains)) {
            throw new CaseInputException("case", Msg.key("case.error.step.not.allowed"));
        }
        ResidentCase current = steps.require(id);
        steps.checkVersion(current, version);
        if (current.closed()) {
            throw new CaseInputException("case", Msg.key("case.error.step.not.possible"));
        }
        if (pending(id).isPresent()) {
            throw new CaseInputException("case", Msg.key("case.error.extension.pending"));
        }
        int granted = granted(id);
        if (workingDays < 1 || granted + workingDays > max) {
            throw new CaseInputException("workingDays", Msg.key("case.error.extension.too.long"));
        }
        CaseSteps.requireReason(reason, "reason");
        steps.bump(current, version);
        steps.jdbc.sql("""
                update resident_case set extension_days = ?, extension_reason = ?, extension_requested_by = ?,
                    extension_requested_at = ? where id = ?
                """).params(workingDays, reason.strip(), staff.username(), Timestamp.from(steps.now()), id).update();
        steps.event(tenant, id, staff, "extension-requested", current.status(), current.status(),
                "+" + workingDays + ": " + reason.strip());
        steps.changed(tenant, id);
        return reread(id);
    }

    /** A supervisor approves the pending request: the deadline moves on from where it is now. */
    @Transactional
    public ResidentCase approve(StaffUser supervisor, long id, int version) {
        Tenant tenant = steps.tenantOf(supervisor);
        ResidentCase current = decidable(supervisor, id, version);
        ExtensionRequest request = pending(id).orElseThrow();
        Instant due = deadlines.due(tenant, current.answerDueAt(), request.workingDays());
        steps.bump(current, version);
        steps.jdbc.sql("""
                update resident_case set answer_due_at = ?, extension_granted_days = extension_granted_days + ?,
                    extension_days = null, extension_reason = null, extension_requested_by = null,
                    extension_requested_at = null where id = ?
                """).params(Timestamp.from(due), request.workingDays(), id).update();
        steps.event(tenant, id, supervisor, "extension-approved", current.status(), current.status(),
                "+" + request.workingDays());
        steps.changed(tenant, id);
        return reread(id);
    }

    /** A supervisor refuses the pending request, saying why; the deadline stays. */
    @Transactional
    public ResidentCase refuse(StaffUser supervisor, long id, int version, String reason) {
        Tenant tenant = steps.tenantOf(supervisor);
        ResidentCase current = decidable(supervisor, id, version);
        CaseSteps.requireReason(reason, "reason");
        steps.bump(current, version);
        steps.jdbc.sql("""
                update resident_case set extension_days = null, extension_reason = null,
                    extension_requested_by = null, extension_requested_at = null where id = ?
                """).param(id).update();
        steps.event(tenant, id, supervisor, "extension-refused", current.status(), current.status(), reason.strip());
        steps.changed(tenant, id);
        return reread(id);
    }

    private ResidentCase decidable(StaffUser supervisor, long id, int version) {
        if (!supervisor.roles().contains(Role.SUPERVISOR)) {
            throw new CaseInputException("case", Msg.key("case.error.extension.supervisor.only"));
        }
        ResidentCase current = steps.require(id);
        steps.checkVersion(current, version);
        if (pending(id).isEmpty()) {
            throw new CaseInputException("case", Msg.key("case.error.extension.none.pending"));
        }
        return current;
    }

    private int granted(long id) {
        return steps.jdbc.sql("select extension_granted_days from resident_case where id = ?").param(id)
                .query(Integer.class).single();
    }

    private int maxWorkingDays(Tenant tenant) {
        return steps.catalogue.require(tenant.id()).extensionMaxWorkingDays();
    }

    private ResidentCase reread(long id) {
        return steps.jdbc.sql("select * from resident_case where id = ?").param(id).query(Cases::row).single();
    }
}
