package org.citydialogue.identity;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
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

    @Bean
    @Order(2)
    SecurityFilterChain staffChain(HttpSecurity http, TenantClientRegistrations registrations,
            StaffSignIn signIn) throws Exception {
        var signOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signOut.setPostLogoutRedirectUri("{baseUrl}/" + SignInView.ROUTE);
        // Signing out is a click in the UI, i.e. an XHR: the browser must be told to go there, not
        // the XHR redirected (which left the dead shell on screen with "Invalid JSON response").
        signOut.setRedirectStrategy(new UidlRedirectStrategy());
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll())
                .oauth2Login(login -> login
                        .loginPage("/" + SignInView.ROUTE)
                        .clientRegistrationRepository(registrations)
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(signIn))
                        .failureUrl("/" + SignInView.ROUTE + "?error"))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .oauth2LoginPage("/" + SignInView.ROUTE)
                        .logoutSuccessHandler(signOut))
                .addFilterAfter(new TenantBinding.Filter(), AnonymousAuthenticationFilter.class);
        return http.build();
    }
}
