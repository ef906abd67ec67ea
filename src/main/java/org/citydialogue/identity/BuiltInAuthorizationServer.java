package org.citydialogue.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.citydialogue.tenancy.Tenant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The app's own OpenID provider, for tenants whose file says {@code issuer: built-in}. One issuer
 * per tenant under /auth/{tenant}; staff sign in against their own tenant's store. The app then
 * signs them in as an OIDC client exactly as it would with Keycloak or Entra ID.
 */
@Configuration(proxyBeanMethods = false)
class BuiltInAuthorizationServer {

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().multipleIssuersAllowed(true).build();
    }

    @Bean
    OAuth2AuthorizationService authorizationService(JdbcClient jdbc, KeySealing sealing, BuiltInIssuers issuers,
            Optional<Clock> clock) {
        return new StoredAuthorizations(jdbc, sealing, issuers, clock.orElse(Clock.systemUTC()));
    }

    @Bean
    @Order(1)
    SecurityFilterChain builtInIssuerChain(HttpSecurity http, BuiltInClients clients, BuiltInIssuers issuers,
            StaffDirectory directory, OAuth2AuthorizationService authorizations) throws Exception {
        // Kept apart from the app's own sign-in state, which shares the HTTP session.
        var contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey("CITYDIALOGUE_ISSUER_CONTEXT");
        var requests = new HttpSessionRequestCache();
        requests.setSessionAttrName("CITYDIALOGUE_ISSUER_SAVED_REQUEST");
        http.securityMatcher(BuiltInIssuers.PREFIX + "**")
                .oauth2AuthorizationServer(server -> server
                        .registeredClientRepository(clients)
                        .authorizationService(authorizations)
                        .clientAuthentication(authentication -> authentication
                                .authenticationProviders(providers -> providers.forEach(ClientSecrets::use)))
                        .oidc(Customizer.withDefaults()))
                .authenticationProvider(new BuiltInStaffAuthentication(directory))
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.requestCache(requests))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(HttpMethod.GET, BuiltInIssuers.PREFIX + "*/login").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage(BuiltInIssuers.PREFIX + "login")
                        .loginProcessingUrl(BuiltInIssuers.PREFIX + "*/login")
                        .authenticationDetailsSource(request -> BuiltInStaffAuthentication.SignInDetails.of(request,
                                issuers))
                        .failureHandler((request, response, e) -> response.sendRedirect(
                                loginPage(request, issuers) + "?error"))
                        .permitAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                    String page = loginPage(request, issuers);
                    if (page == null) {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    } else {
                        response.sendRedirect(page);
                    }
                }))
                // SameSite=Lax session cookies already keep other sites from posting a sign-in.
                .csrf(csrf -> csrf.ignoringRequestMatchers(BuiltInIssuers.PREFIX + "*/login"))
                .addFilterAfter(new IssuerGuard(issuers), SecurityContextHolderFilter.class);
        SecurityHeaders.apply(http);
        return http.build();
    }

    private static String loginPage(HttpServletRequest request, BuiltInIssuers issuers) {
        return issuers.fromPath(request.getRequestURI())
                .map(t -> request.getContextPath() + BuiltInIssuers.PREFIX + t.id() + "/login")
                .orElse(null);
    }

    /**
     * Answers 404 for issuers of unknown or externally signed-in tenants, and forgets a sign-in
     * made at another tenant's issuer, so one city's session never yields another city's token.
     */
    static final class IssuerGuard extends OncePerRequestFilter {

        private final BuiltInIssuers issuers;

        IssuerGuard(BuiltInIssuers issuers) {
            this.issuers = issuers;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws jakarta.servlet.ServletException, IOException {
            var tenant = issuers.fromPath(request.getRequestURI());
            if (tenant.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            if (signedIn != null && signedIn.getPrincipal() instanceof BuiltInStaff staff
                    && !staff.tenantId().equals(tenant.get().id())) {
                SecurityContextHolder.clearContext();
            }
            chain.doFilter(request, response);
        }
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(BuiltInIssuers issuers, IssuerKeys keys) {
        return (selector, context) -> {
            Tenant tenant = issuers.current().orElseThrow(() -> new IllegalStateException("No built-in issuer"));
            return selector.select(new JWKSet(List.copyOf(keys.verifying(tenant.id()))));
        };
    }

    /**
     * Names the current signing key in every token's header (the JWK set holds older keys too), and
     * puts who the staff member is, and their roles, into the ID token the app receives.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> staffClaims(BuiltInIssuers issuers, IssuerKeys keys) {
        return context -> {
            issuers.current().ifPresent(tenant -> context.getJwsHeader().keyId(keys.signing(tenant.id()).getKeyID()));
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())
                    && context.getPrincipal().getPrincipal() instanceof BuiltInStaff staff) {
                context.getClaims()
                        .claim("preferred_username", staff.username())
                        .claim("name", staff.displayName())
                        .claim("roles", staff.roles().stream().map(Role::claim).sorted().toList());
            }
        };
    }
}
