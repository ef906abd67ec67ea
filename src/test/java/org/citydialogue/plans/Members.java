package org.citydialogue.plans;

import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;

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

    /** 张敏, Jinan, steering committee. */
    static StaffUser zhang() {
        return SignedInStaff.as("jinan", "zhang.supervisor", "张敏", Role.SUPERVISOR);
    }
}
