package org.citydialogue.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a verified ID token into a {@link StaffUser}. The tenant is the one whose registration
 * received the token; Spring Security has already checked the token's issuer and signature
 * against that tenant's identity provider.
 */
@Component
class StaffSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService oidc = new OidcUserService();
    private final TenantDirectory tenants;
    private final StaffDirectory directory;

    StaffSignIn(TenantDirectory tenants, StaffDirectory directory) {
        this.tenants = tenants;
        this.directory = directory;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        Tenant tenant = tenants.find(request.getClientRegistration().getRegistrationId())
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("unknown_tenant")));
        OidcUser user = oidc.loadUser(request);
        Set<Role> roles = roles(user.getAttributes(), tenant.identity().rolesClaim());
        if (!tenant.isCity()) {
            // An organisation such as ICLD only ever takes part in partnerships.
            roles = EnumSet.of(Role.PARTNERSHIP_MEMBER);
        }
        if (roles.isEmpty()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("no_role", "No role in this tenant", null));
        }
        var authorities = roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        StaffUser staff = new StaffUser(tenant.id(), roles, authorities, user.getIdToken(), user.getUserInfo());
        TenantContext.run(tenant.id(), () -> directory.recordSignIn(staff));
        return staff;
    }

    /** Reads role names from a claim, which may be nested (e.g. realm_access.roles in Keycloak). */
    static Set<Role> roles(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String part : path.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Collection<?> names = value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value);
        for (Object name : names) {
            Role.fromClaim(String.valueOf(name)).ifPresent(roles::add);
        }
        return roles;
    }
}
