package org.citydialogue.plans;

import java.util.List;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.partnership.PartnershipRole;
import org.citydialogue.partnership.Partnerships;
import org.springframework.stereotype.Component;

/**
 * Who may do what in a partnership's plan, by partnership role: every member reads, the project
 * group and steering committee edit, only the steering committee signs reviews off. Checked here
 * so a refusal is a clear message; the database refuses non-member cities regardless.
 */
@Component
class PlanAccess {

    private final Partnerships partnerships;

    PlanAccess(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    void requireMember(StaffUser staff, String partnershipId) {
        role(staff, partnershipId);
    }

    void requireEditor(StaffUser staff, String partnershipId) {
        if (role(staff, partnershipId) == PartnershipRole.OBSERVER) {
            throw new PlanEditException("plans.error.observer");
        }
    }

    Participant requireSteering(StaffUser staff, String partnershipId) {
        if (role(staff, partnershipId) != PartnershipRole.STEERING_COMMITTEE) {
            throw new PlanEditException("plans.error.not-steering");
        }
        return member(partnershipId, staff.tenantId(), staff.username());
    }

    /** Whether the staff member takes part in any partnership of their city. */
    boolean takesPart(StaffUser staff) {
        return partnerships.forCurrentTenant().stream().anyMatch(p -> partnerships.memberRole(p.id(),
                staff.tenantId(), staff.username()).isPresent());
    }

    /** A member named as an owner, with the name the partnership knows them by. */
    Participant member(String partnershipId, String tenantId, String subject) {
        return participants(partnershipId).stream()
                .filter(p -> p.tenantId().equals(tenantId) && p.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new PlanEditException("plans.error.owner-not-member"));
    }

    List<Participant> participants(String partnershipId) {
        return partnerships.members(partnershipId).stream()
                .map(m -> new Participant(m.tenantId(), m.subject(), m.displayName())).toList();
    }

    private PartnershipRole role(StaffUser staff, String partnershipId) {
        return partnerships.memberRole(partnershipId, staff.tenantId(), staff.username())
                .orElseThrow(PlanEditException::notMember);
    }
}
