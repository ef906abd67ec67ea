package org.citydialogue.identity;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A signed-in staff member. The tenant is the one whose identity provider signed the ID token
 * (checked against the issuer), so it can never come from a URL or header the client controls.
 */
public final class StaffUser extends DefaultOidcUser {

    private final String tenantId;
    private final Set<Role> roles;

    StaffUser(String tenantId, Set<Role> roles, Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken, OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo, "sub");
        this.tenantId = tenantId;
        this.roles = Set.copyOf(roles);
    }

    public String tenantId() {
        return tenantId;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The stable id of this person at their identity provider. */
    public String subject() {
        return getSubject();
    }

    public String username() {
        String username = getPreferredUsername();
        return username != null ? username : getSubject();
    }

    public String displayName() {
        String name = getFullName();
        return name != null ? name : username();
    }
}
