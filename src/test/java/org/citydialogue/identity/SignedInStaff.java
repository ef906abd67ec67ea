package org.citydialogue.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * Signs a staff member in on the test thread as the app's OpenID Connect sign-in would: a
 * {@link StaffUser} in an {@link OAuth2AuthenticationToken} in Spring Security's context, and their
 * tenant bound to the thread (as {@code TenantBinding} does for each request). Call {@link
 * #signOut()} after the test.
 */
public final class SignedInStaff {

    private static final ThreadLocal<TenantContext.Binding> TENANT = new ThreadLocal<>();

    private SignedInStaff() {}

    /** Signs in {@code username} of {@code tenantId}; the subject is the username, as at the built-in issuer. */
    public static StaffUser as(String tenantId, String username, String name, Role... roles) {
        signOut();
        Instant now = Instant.now();
        OidcIdToken idToken = new OidcIdToken("test-id-token", now, now.plusSeconds(3600), Map.of(
                "iss", "http://localhost/auth/" + tenantId,
                "sub", username,
                "preferred_username", username,
                "name", name));
        List<GrantedAuthority> authorities = Arrays.stream(roles)
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        var staff = new StaffUser(tenantId, roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles)),
                authorities, idToken, null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new OAuth2AuthenticationToken(staff, authorities, tenantId));
        SecurityContextHolder.setContext(context);
        TENANT.set(TenantContext.bind(tenantId));
        return staff;
    }

    /** What the app records when someone signs in: their profile row (kept language included) and an audit event. */
    public static void recordSignIn(StaffDirectory directory, StaffUser staff) {
        TenantContext.run(staff.tenantId(), () -> directory.recordSignIn(staff));
    }

    /** Nobody signed in, no tenant bound. */
    public static void signOut() {
        SecurityContextHolder.clearContext();
        TenantContext.Binding binding = TENANT.get();
        if (binding != null) {
            binding.close();
            TENANT.remove();
        }
    }
}
