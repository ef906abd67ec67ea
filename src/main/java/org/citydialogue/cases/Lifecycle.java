package org.citydialogue.cases;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citydialogue.identity.Role;

/**
 * The states a tenant's cases pass through and the actions that move them, as the tenant file
 * describes them. A case starts in the first state.
 */
public record Lifecycle(List<State> states, List<Action> actions) {

    public record State(String code, boolean closed, Choice choice) {
    }

    /**
     * A step staff can take.
     *
     * @param to              the state after it, or null when the case stays where it is (e.g. urging)
     * @param answersResident the step answers the resident, or tells them where the case is handled:
     *                        it stops the first-answer clock
     */
    public record Action(String code, Set<String> from, String to, boolean answersResident, boolean needsDepartment,
            boolean needsReason, Set<Role> roles, Choice choice) {

        public boolean allowedFor(Set<Role> staff) {
            return staff.stream().anyMatch(roles::contains);
        }
    }

    public State start() {
        return states.getFirst();
    }

    public Optional<State> state(String code) {
        return states.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<Action> action(String code) {
        return actions.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The actions someone with these roles may take on a case in this state. */
    public List<Action> available(String state, Set<Role> roles) {
        return actions.stream().filter(a -> a.from().contains(state) && a.allowedFor(roles)).toList();
    }
}
