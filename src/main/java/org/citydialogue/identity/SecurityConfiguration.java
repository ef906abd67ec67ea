package org.citydialogue.identity;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.citydialogue.identity.ui.SignInView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
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

    @Bean
    @Order(2)
    SecurityFilterChain staffChain(HttpSecurity http, TenantClientRegistrations registrations,
            StaffSignIn signIn) throws Exception {
        var signOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signOut.setPostLogoutRedirectUri("{baseUrl}" + SIGN_IN_PATH);
        http.authorizeHttpRequests(authorize -> authorize
                        // An error page forwarded to (e.g. a 404 of an unknown issuer) shows the error,
                        // not the sign-in page; the request that failed was checked already.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll())
                .oauth2Login(login -> login
                        .loginPage(SIGN_IN_PATH)
                        .clientRegistrationRepository(registrations)
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(signIn))
                        .failureUrl(SIGN_IN_PATH + "?error"))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .oauth2LoginPage(SIGN_IN_PATH)
                        .logoutSuccessHandler(signOut))
                .addFilterAfter(new TenantBinding.Filter(), AnonymousAuthenticationFilter.class);
        return http.build();
    }
}
