package org.citydialogue.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.citydialogue.AppTest;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContext;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;

/**
 * A sign-in at a city's built-in issuer, kept in that city's store for every node: found again by
 * its code, as the server's token endpoint looks for it, with the staff member it was made for;
 * never by a token of another kind, never once every token has expired (and cleared from the store
 * by a later save, at most once a minute), and nothing in the store reads as the code or the staff
 * member's name.
 */
@AppTest
class StoredAuthorizationsTest {

    @Autowired
    OAuth2AuthorizationService authorizations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KeySealing sealing;
    @Autowired
    BuiltInIssuers issuers;

    @AfterEach
    void leaveTheIssuer() {
        AuthorizationServerContextHolder.resetContext();
    }

    @Test
    void annas_sign_in_is_found_by_its_code_with_anna_and_by_nothing_else() {
        atIssuerOf("vasteras");
        String code = "code-" + UUID.randomUUID();
        authorizations.save(signIn(code, Instant.now().plus(Duration.ofMinutes(5))));

        OAuth2Authorization found = authorizations.findByToken(code, new OAuth2TokenType("code"));
        assertThat(found).as("found by its code").isNotNull();
        assertThat(authorizations.findByToken(code, null)).as("found by its code, kind not said").isNotNull();
        var principal = (UsernamePasswordAuthenticationToken) found.getAttribute(Principal.class.getName());
        assertThat(principal.getPrincipal()).isEqualTo(anna());
        assertThat(authorizations.findByToken(code, OAuth2TokenType.ACCESS_TOKEN)).as("the code as a token").isNull();

        byte[] stored = TenantContext.call("vasteras", () -> jdbc.sql(
                "select sealed from issuer_authorization where id = ?").param(found.getId()).query(byte[].class)
                .single());
        String asText = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain(code).doesNotContain("anna.agent");
    }

    @Test
    void a_sign_in_whose_code_has_expired_is_not_found() {
        atIssuerOf("vasteras");
        String code = "code-" + UUID.randomUUID();
        authorizations.save(signIn(code, Instant.now().minusSeconds(1)));

        assertThat(authorizations.findByToken(code, new OAuth2TokenType("code"))).isNull();
    }

    @Test
    void jinans_issuer_does_not_find_a_vasteras_sign_in() {
        atIssuerOf("vasteras");
        String code = "code-" + UUID.randomUUID();
        OAuth2Authorization saved = signIn(code, Instant.now().plus(Duration.ofMinutes(5)));
        authorizations.save(saved);

        atIssuerOf("jinan");
        assertThat(authorizations.findByToken(code, new OAuth2TokenType("code"))).isNull();
        assertThat(authorizations.findById(saved.getId())).isNull();
    }

    @Test
    void expired_sign_ins_are_cleared_from_the_store_at_most_once_a_minute() {
        atIssuerOf("vasteras");
        var now = new AtomicReference<>(Instant.now());
        var node = new StoredAuthorizations(jdbc, sealing, issuers, new Clock() {
            @Override
            public Instant instant() {
                return now.get();
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }
        });
        OAuth2Authorization expired = signIn("code-" + UUID.randomUUID(), Instant.now().minusSeconds(1));
        node.save(expired);
        node.save(signIn("code-" + UUID.randomUUID(), Instant.now().plus(Duration.ofMinutes(5))));
        assertThat(stored(expired)).as("kept by a save within the minute").isTrue();

        now.set(now.get().plus(StoredAuthorizations.PURGE_EVERY));
        node.save(signIn("code-" + UUID.randomUUID(), Instant.now().plus(Duration.ofMinutes(5))));
        assertThat(stored(expired)).as("cleared by the first save a minute later").isFalse();
    }

    private boolean stored(OAuth2Authorization authorization) {
        return TenantContext.call("vasteras", () -> jdbc.sql(
                "select exists (select 1 from issuer_authorization where id = ?)").param(authorization.getId())
                .query(Boolean.class).single());
    }

    private static OAuth2Authorization signIn(String code, Instant codeExpires) {
        RegisteredClient app = RegisteredClient.withId("citydialogue-vasteras").clientId("citydialogue-vasteras")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://localhost/login/oauth2/code/vasteras").build();
        var staff = UsernamePasswordAuthenticationToken.authenticated(anna(), null,
                Set.of(new SimpleGrantedAuthority("ROLE_AGENT")));
        return OAuth2Authorization.withRegisteredClient(app)
                .principalName("anna.agent")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .attribute(Principal.class.getName(), staff)
                .token(new OAuth2AuthorizationCode(code, codeExpires.minus(Duration.ofMinutes(5)), codeExpires))
                .build();
    }

    private static BuiltInStaff anna() {
        return new BuiltInStaff("vasteras", "anna.agent", "Anna Lindqvist", Set.of(Role.AGENT));
    }

    /** As during a request to that city's issuer, which is how the store knows whose it is. */
    private static void atIssuerOf(String tenant) {
        AuthorizationServerContextHolder.setContext(new AuthorizationServerContext() {
            @Override
            public String getIssuer() {
                return "http://localhost:8080/auth/" + tenant;
            }

            @Override
            public AuthorizationServerSettings getAuthorizationServerSettings() {
                return AuthorizationServerSettings.builder().build();
            }
        });
    }
}
