package org.citydialogue.identity;

import java.util.Arrays;
import java.util.Optional;

/** What a staff member may do in their own tenant. Names match the identity providers' role names. */
public enum Role {
    AGENT("agent"),
    CASE_HANDLER("case_handler"),
    SUPERVISOR("supervisor"),
    TENANT_ADMIN("tenant_admin"),
    PARTNERSHIP_MEMBER("partnership_member");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    /** The name in tokens and in the staff store. */
    public String claim() {
        return claim;
    }

    /** The Spring Security authority, e.g. ROLE_AGENT. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The i18n key of the role's name. */
    public String messageKey() {
        return "role." + claim;
    }

    public static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values()).filter(r -> r.claim.equalsIgnoreCase(value)).findFirst();
    }
}
