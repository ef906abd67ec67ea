package org.citydialogue.identity;

import java.time.Duration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;

/**
 * The response headers every filter chain of the app sends (a chain added later, such as an API's,
 * calls {@link #apply} too). The policy allows what Vaadin Flow needs and nothing more: its client
 * engine starts from an inline script and turns the server's JavaScript expressions into functions
 * ({@code 'unsafe-inline' 'unsafe-eval'}), and its components set inline styles; everything else
 * comes from the app's own origin, and no other site may frame it.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            // 'self' covers Vaadin's push WebSocket on the same host and port.
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Powerful browser features the app never uses are switched off for it and anything it embeds. */
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "display-capture=()";

    private SecurityHeaders() {
    }

    /**
     * Adds the policy to Spring Security's defaults (X-Content-Type-Options: nosniff, no caching of
     * responses, X-Frame-Options: DENY, and HSTS on HTTPS requests — behind a TLS-terminating load
     * balancer the request counts as HTTPS through X-Forwarded-Proto).
     */
    public static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts
                        .maxAgeInSeconds(Duration.ofDays(365).toSeconds())
                        .includeSubDomains(true))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .crossOriginOpenerPolicy(coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                // Written before the request is handled: Vaadin's bootstrap pages (forwarded to its
                // servlet) went out without the headers when they were left for the response's commit.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }
}
