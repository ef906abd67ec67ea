package org.citydialogue.identity;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One thing the app serves, filled in for one caller: a view with its route parameters, or (added
 * by other modules' sources) an API call. The isolation matrix opens every exposure as every caller
 * and checks what it reveals.
 *
 * @param name     what is opened, e.g. {@code cases/42}
 * @param expected what the caller's roles and the parameters' owner call for
 * @param open     opens it with the caller's signed-in session
 */
record Exposure(String name, Expected expected, Function<Browser, Seen> open) {

    enum Expected {
        /** The caller may use it and the parameters are the caller's tenant's own: it must work. */
        SHOWN,
        /** The caller's roles do not allow it: it must be refused. */
        REFUSED,
        /** Allowed, with another tenant's parameters: shown (with own data) or refused, never leaking. */
        EITHER
    }

    /** What came back: whether the thing worked or was refused, and everything sent, to search for leaks. */
    record Seen(boolean shown, boolean refused, String content) {
    }

    /** Someone the matrix signs in: their tenant, role names and the data only their tenant has. */
    record Caller(String tenantId, String username, Set<Role> roles) {
    }

    /** Where exposures come from: Vaadin's routes ({@link RouteExposures}); other modules add their API calls. */
    interface Source {
        List<Exposure> exposuresFor(Caller caller);
    }
}
