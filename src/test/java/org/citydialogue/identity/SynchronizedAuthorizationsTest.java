package org.citydialogue.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.junit.jupiter.api.Test;

/** The built-in issuers' sign-ins: found by each of their tokens, of the right type only, and not kept for ever. */
class SynchronizedAuthorizationsTest {

    private static final Instant MORNING = Instant.parse("2026-11-23T07:00:00Z");
    private static final RegisteredClient APP = RegisteredClient.withId("citydialogue-vasteras")
            .clientId("citydialogue-vasteras").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("http://localhost/login/oauth2/code/vasteras").scope("openid").build();

    private final MovableClock clock = new MovableClock();
    private final SynchronizedAuthorizations authorizations = new SynchronizedAuthorizations(clock);

    @Test
    void aSignInIsFoundByItsStateCodeAndTokensButNotUnderAnotherTokenType() {
        authorizations.save(signIn("anna", "state-1", "code-1"));
        OAuth2Authorization redeemed = OAuth2Authorization.from(authorizations.findByToken("code-1",
                        new OAuth2TokenType(OAuth2ParameterNames.CODE)))
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-1", MORNING,
                        MORNING.plusSeconds(300)))
                .token(OidcIdToken.withTokenValue("id-1").subject("anna").issuedAt(MORNING)
                        .expiresAt(MORNING.plusSeconds(1800)).build())
                .build();
        authorizations.save(redeemed);

        assertThat(authorizations.findByToken("state-1", new OAuth2TokenType(OAuth2ParameterNames.STATE))
                .getPrincipalName()).isEqualTo("anna");
        assertThat(authorizations.findByToken("access-1", OAuth2TokenType.ACCESS_TOKEN).getId()).isEqualTo("anna");
        assertThat(authorizations.findByToken("id-1", new OAuth2TokenType(OidcParameterNames.ID_TOKEN)).getId())
                .isEqualTo("anna");
        assertThat(authorizations.findByToken("id-1", null).getId()).isEqualTo("anna");
        assertThat(authorizations.findByToken("access-1", OAuth2TokenType.REFRESH_TOKEN)).isNull();
        assertThat(authorizations.findByToken("unknown", OAuth2TokenType.ACCESS_TOKEN)).isNull();

        authorizations.remove(redeemed);
        assertThat(authorizations.findByToken("access-1", OAuth2TokenType.ACCESS_TOKEN)).isNull();
        assertThat(authorizations.findById("anna")).isNull();
    }

    @Test
    void aSignInIsKeptThroughAShiftAndDroppedADayAfterItBegan() {
        authorizations.save(signIn("anna", "state-1", "code-1"));
        clock.now = MORNING.plus(Duration.ofHours(12));
        authorizations.save(signIn("sara", "state-2", "code-2"));
        assertThat(authorizations.findById("anna")).isNotNull();

        clock.now = MORNING.plus(SynchronizedAuthorizations.KEPT).plusSeconds(1);
        authorizations.save(signIn("hans", "state-3", "code-3"));

        assertThat(authorizations.findById("anna")).isNull();
        assertThat(authorizations.findByToken("code-1", null)).isNull();
        assertThat(authorizations.findById("sara")).isNotNull();
        assertThat(authorizations.findByToken("code-2", null).getId()).isEqualTo("sara");
    }

    private OAuth2Authorization signIn(String who, String state, String code) {
        return OAuth2Authorization.withRegisteredClient(APP).id(who).principalName(who)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .attribute(OAuth2ParameterNames.STATE, state)
                .token(new OAuth2AuthorizationCode(code, clock.now, clock.now.plusSeconds(300)))
                .build();
    }

    private static final class MovableClock extends Clock {

        Instant now = MORNING;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
