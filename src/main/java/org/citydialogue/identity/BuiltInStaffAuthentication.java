package org.citydialogue.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a password against the staff store of the tenant whose built-in issuer the form was
 * posted to. Accounts of other tenants are not even looked at: the query runs in that tenant's store.
 */
final class BuiltInStaffAuthentication implements AuthenticationProvider {

    static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    /** Compared against when the user does not exist, so timing does not tell which names exist. */
    private static final String DUMMY_HASH = PASSWORDS.encode("no such staff member");
    /**
     * Password checks running at once: at most half the CPUs. A hash takes tens of milliseconds of
     * CPU by design; when a shift signs in, the others wait their turn instead of taking every core
     * from the UI round trips of those already at work.
     */
    private static final Semaphore CHECKS = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
            true);

    private final StaffDirectory directory;

    BuiltInStaffAuthentication(StaffDirectory directory) {
        this.directory = directory;
    }

    /** What the sign-in form adds to the credentials: the tenant of the issuer it was posted to. */
    record SignInDetails(String tenantId) implements Serializable {

        static SignInDetails of(HttpServletRequest request, BuiltInIssuers issuers) {
            return new SignInDetails(issuers.fromPath(request.getRequestURI()).map(t -> t.id()).orElse(null));
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!(authentication.getDetails() instanceof SignInDetails details) || details.tenantId() == null) {
            throw new BadCredentialsException("Unknown issuer");
        }
        String username = authentication.getName().strip().toLowerCase(java.util.Locale.ROOT);
        String password = String.valueOf(authentication.getCredentials());
        Optional<StaffAccount> account = TenantContext.call(details.tenantId(), () -> directory.account(username));
        boolean matches = matches(password, account.map(StaffAccount::passwordHash).orElse(DUMMY_HASH));
        if (account.isEmpty() || !matches || !account.get().enabled() || account.get().passwordHash() == null) {
            throw new BadCredentialsException("Bad credentials");
        }
        StaffAccount staff = account.get();
        var principal = new BuiltInStaff(details.tenantId(), staff.username(), staff.displayName(), staff.roles());
        var authorities = new java.util.ArrayList<GrantedAuthority>();
        staff.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        // Records that, and when, a password was checked: the ID token's auth_time comes from it.
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        var result = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        result.setDetails(details);
        return result;
    }

    private static boolean matches(String password, String hash) {
        CHECKS.acquireUninterruptibly();
        try {
            return PASSWORDS.matches(password, hash);
        } finally {
            CHECKS.release();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
