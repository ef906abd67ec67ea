package org.citydialogue.open311.web;

import org.citydialogue.identity.ApiClients;
import org.citydialogue.open311.RateLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The Open311 API's own filter chain, apart from the staff's: stateless (no session, no cookie, no
 * CSRF token, since clients authenticate each call), and who may do what is decided per call by the
 * jurisdiction and the client ({@code Jurisdictions}), answered in the spec's error format.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    static final String PATHS = "/open311/**";

    @Bean
    @Order(0)
    SecurityFilterChain open311Chain(HttpSecurity http, ApiClients clients, RateLimits limits) throws Exception {
        http.securityMatcher(PATHS)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .anonymous(anonymous -> anonymous.disable())
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .addFilterAfter(new ApiCallers(clients, limits), SecurityContextHolderFilter.class);
        return http.build();
    }
}
