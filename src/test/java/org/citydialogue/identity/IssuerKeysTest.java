package org.citydialogue.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.citydialogue.AppTest;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The built-in issuer's signing keys live sealed in the city's store: rotating makes a new key
 * sign while tokens signed with the old one keep working until it retires, and a node with another
 * secret cannot open them.
 */
@AppTest
class IssuerKeysTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    IssuerKeys keys;
    @Autowired
    IssuerKeyStore store;
    @Autowired
    ApiClients clients;
    @Autowired
    JdbcClient jdbc;

    @Test
    void after_a_rotation_the_new_key_signs_and_tokens_of_the_old_one_pass_until_it_retires() throws Exception {
        String before = token();
        String oldKid = kid(before);

        keys.rotate("vasteras");
        String after = token();

        assertThat(kid(after)).isNotEqualTo(oldKid).startsWith("vasteras-");
        assertThat(clients.byAccessToken(before)).as("token of the old key").isPresent();
        assertThat(clients.byAccessToken(after)).as("token of the new key").isPresent();
        JWKSet published = JWKSet.parse(get("/auth/vasteras/oauth2/jwks"));
        assertThat(published.getKeys()).extracting(k -> k.getKeyID()).contains(oldKid, kid(after));
        assertThat(published.getKeys()).allSatisfy(k -> assertThat(k.isPrivate()).isFalse());

        // A node whose clock is two days on: the old key has retired, the new one still verifies.
        var later = new IssuerKeys(store, 90, Optional.of(Clock.fixed(Instant.now().plus(Duration.ofDays(2)),
                ZoneOffset.UTC)));
        assertThat(later.verifying("vasteras", oldKid)).isEmpty();
        assertThat(later.verifying("vasteras", kid(after))).isPresent();
    }

    @Test
    void the_stored_keys_are_sealed_and_only_the_deployments_secret_opens_them() {
        keys.signing("jinan");
        var sealed = TenantContext.call("jinan", () -> jdbc.sql("select kid, sealed_jwk from issuer_key limit 1")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getBytes(2)}).single());
        String kid = (String) sealed[0];
        byte[] bytes = (byte[]) sealed[1];
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("\"kty\"", "\"d\"", kid);

        assertThatThrownBy(() -> new KeySealing("another deployment's secret").open(kid, bytes))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("key-secret");
        assertThatThrownBy(() -> new KeySealing("short")).hasMessageContaining("at least 16");
    }

    private static String kid(String token) throws Exception {
        return SignedJWT.parse(token).getHeader().getKeyID();
    }

    private String token() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/auth/vasteras/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "vasteras-webform:demo-webform-secret".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=open311")).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return com.nimbusds.jose.util.JSONObjectUtils.parse(response.body()).get("access_token").toString();
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
