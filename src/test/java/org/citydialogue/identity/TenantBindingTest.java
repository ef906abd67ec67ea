package org.citydialogue.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/** Each request works for the tenant of the signed-in staff member, and only for the request's length. */
class TenantBindingTest {

    private final AtomicReference<String> seen = new AtomicReference<>("(chain not run)");

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRequestWithoutAuthenticationRunsForNoTenant() throws Exception {
        runRequest();

        assertThat(seen.get()).isNull();
    }

    @Test
    void aRequestOfAJinanStaffMemberRunsAsJinanAndNothingIsBoundAfterwards() throws Exception {
        signIn(staff("jinan"));

        runRequest();

        assertThat(seen.get()).isEqualTo("jinan");
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void aStaffMembersTenantComesFromTheirSignInNotFromAnyOtherPrincipal() throws Exception {
        // Signed in at a built-in issuer only: that is not yet a staff member of the app.
        signIn(new BuiltInStaff("vasteras", "anna.agent", "Anna", EnumSet.of(Role.AGENT)));

        runRequest();

        assertThat(seen.get()).isNull();
    }

    @Test
    void theBindingIsReleasedEvenWhenTheRequestFails() {
        signIn(staff("jinan"));
        var failing = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
                seen.set(TenantContext.current().orElse(null));
                throw new IllegalStateException("boom");
            }
        };

        assertThatThrownBy(() -> new TenantBinding.Filter().doFilter(new MockHttpServletRequest(),
                new MockHttpServletResponse(), failing)).hasMessage("boom");

        assertThat(seen.get()).isEqualTo("jinan");
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void whatWasBoundBeforeTheRequestIsRestoredAfterIt() throws Exception {
        signIn(staff("jinan"));

        TenantContext.run("vasteras", () -> {
            try {
                runRequest();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            assertThat(TenantContext.current()).contains("vasteras");
        });

        assertThat(seen.get()).isEqualTo("jinan");
        assertThat(TenantContext.current()).isEmpty();
    }

    private void runRequest() throws ServletException, java.io.IOException {
        var chain = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
                seen.set(TenantContext.current().orElse(null));
            }
        };
        new TenantBinding.Filter().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain);
    }

    private static void signIn(Object principal) {
        var authentication = new TestingAuthenticationToken(principal, null, "ROLE_AGENT");
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    private static StaffUser staff(String tenantId) {
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "li", "iss", "http://localhost/auth/" + tenantId));
        return new StaffUser(tenantId, EnumSet.of(Role.AGENT), List.of(new SimpleGrantedAuthority("ROLE_AGENT")),
                token, null);
    }
}
