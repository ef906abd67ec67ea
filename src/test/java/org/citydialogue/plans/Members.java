package org.citydialogue.plans;

import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.partnership.PartnershipMember;
import org.citydialogue.partnership.PartnershipRole;
import org.citydialogue.partnership.Partnerships;
import org.citydialogue.tenancy.TenantContext;

/** The demo partnership's members, signed in on the calling thread. */
final class Members {

    static final String PARTNERSHIP = DemoPlan.PARTNERSHIP;

    private Members() {
    }

    /** Anna Lindqvist, Västerås, project group: leads the project's work in Västerås. */
    static StaffUser anna() {
        return SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
    }

    /** Sara Ekström, Västerås, steering committee. */
    static StaffUser sara() {
        return SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
    }

    /** 李娜, Jinan, project group. */
    static StaffUser li() {
        return SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
    }

    /** 王伟, Jinan, invited as an observer: reads the plan, changes nothing. */
    static StaffUser wang(Partnerships partnerships) {
        TenantContext.run("jinan", () -> partnerships.invite(PARTNERSHIP,
                new PartnershipMember("jinan", "wang.handler", "王伟", PartnershipRole.OBSERVER), "chen.admin"));
        return SignedInStaff.as("jinan", "wang.handler", "王伟");
    }

    /** 张敏, Jinan, steering committee. */
    static StaffUser zhang() {
        return SignedInStaff.as("jinan", "zhang.supervisor", "张敏", Role.SUPERVISOR);
    }
}
