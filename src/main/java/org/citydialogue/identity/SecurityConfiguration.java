package org.citydialogue.identity;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.citydialogue.identity.ui.SignInView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The app's own sign-in: every tenant's staff sign in with OpenID Connect, at their city's
 * identity provider or at the built-in one. The tenant is bound to the session by the ID token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /** Where staff land when not signed in, and after signing out. */
    static final String SIGN_IN_PATH = "/" + SignInView.ROUTE;

    /**
     * No observation around each filter of each chain: it wrapped some twenty filters per request
     * (a fifth of an Open311 POST's time on the server); requests are measured once, as
     * {@code http.server.requests}, and sign-ins and access decisions are still observed.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staffChain(HttpSecurity http, TenantClientRegistrations registrations,
            StaffSignIn signIn) throws Exception {
        var signOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signOut.setPostLogoutRedirectUri("{baseUrl}" + SIGN_IN_PATH);
        // Signing out is a click in the UI, i.e. an XHR: the browser must be told to go there, not
        // the XHR redirected (which left the dead shell on screen with "Invalid JSON response").
        signOut.setRedirectStrategy(new UidlRedirectStrategy());
        http.authorizeHttpRequests(authorize -> authorize
                        // An error page forwarded to (e.g. a 404 of an unknown issuer) shows the error,
                        // not the sign-in page; the request that failed was checked already.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        // The theme and the app's stylesheet, which the sign-in pages need too.
                        .requestMatchers("/lumo/**", "/styles.css").permitAll())
                .oauth2Login(login -> login
                        .loginPage(SIGN_IN_PATH)
                        .clientRegistrationRepository(registrations)
                        .authorizationEndpoint(endpoint -> endpoint
                                .authorizationRequestResolver(knownTenantsOnly(registrations)))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(signIn))
                        .failureUrl(SIGN_IN_PATH + "?error"))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .oauth2LoginPage(SIGN_IN_PATH)
                        .logoutSuccessHandler(signOut))
                .addFilterAfter(new TenantBinding.Filter(), AnonymousAuthenticationFilter.class);
        SecurityHeaders.apply(http);
        return http.build();
    }

    /**
     * A sign-in link for a tenant that does not exist is passed on like any other unknown page
     * (to the sign-in page when not signed in) instead of failing with a server error.
     */
    private static OAuth2AuthorizationRequestResolver knownTenantsOnly(TenantClientRegistrations registrations) {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                return known(request) ? resolver.resolve(request) : null;
            }

            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
                return registrations.findByRegistrationId(registrationId) == null ? null
                        : resolver.resolve(request, registrationId);
            }

            private boolean known(HttpServletRequest request) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                String prefix = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/";
                return !path.startsWith(prefix)
                        || registrations.findByRegistrationId(path.substring(prefix.length())) != null;
            }
        };
    }
}
