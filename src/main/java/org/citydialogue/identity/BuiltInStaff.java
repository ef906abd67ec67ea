package org.citydialogue.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/** A staff member signed in at a built-in issuer, before the app has received their ID token. */
record BuiltInStaff(String tenantId, String username, String displayName, Set<Role> roles)
        implements Principal, Serializable {

    @Override
    public String getName() {
        return username;
    }
}
