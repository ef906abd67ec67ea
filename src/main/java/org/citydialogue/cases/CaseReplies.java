package org.citydialogue.cases;

import org.citydialogue.i18n.Msg;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.Tenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Text on the timeline beside the lifecycle: the reply sent to the resident ({@code reply-sent}),
 * and internal notes ({@code internal-note}) that staff write for one another and residents never
 * see. Neither moves the case's state: answering in the lifecycle is still its own step.
 */
@Service
public class CaseReplies {

    public static final String REPLY_SENT = "reply-sent";
    public static final String INTERNAL_NOTE = "internal-note";

    private final CaseSteps steps;

    CaseReplies(CaseSteps steps) {
        this.steps = steps;
    }

    /**
     * Records the reply the staff member sent the resident.
     *
     * @throws CaseInputException        field {@code text} when it is empty or too long
     * @throws ConcurrentChangeException when someone else changed the case since {@code version}
     */
    @Transactional
    public ResidentCase sendReply(StaffUser staff, long id, int version, String text) {
        return write(staff, id, version, text, REPLY_SENT, Msg.key("case.error.reply.required"));
    }

    /** Adds a note for staff only; the same refusals as {@link #sendReply}. */
    @Transactional
    public ResidentCase addInternalNote(StaffUser staff, long id, int version, String text) {
        return write(staff, id, version, text, INTERNAL_NOTE, Msg.key("case.error.internal.note.required"));
    }

    private ResidentCase write(StaffUser staff, long id, int version, String text, String action, String emptyKey) {
        Tenant tenant = steps.tenantOf(staff);
        if (text == null || text.isBlank()) {
            throw new CaseInputException("text", emptyKey);
        }
        if (text.strip().length() > 4000) {
            throw new CaseInputException("text", Msg.key("case.error.note.too.long"));
        }
        ResidentCase current = steps.require(id);
        steps.checkVersion(current, version);
        steps.bump(current, version);
        steps.event(tenant, id, staff, action, current.status(), current.status(), text.strip());
        steps.changed(tenant, id);
        return steps.jdbc.sql("select * from resident_case where id = ?").param(id).query(Cases::row).single();
    }
}
