package org.citydialogue.identity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.AbstractOAuth2Token;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The built-in issuers' authorizations (a sign-in's state and code, the tokens issued for it) in the
 * issuing tenant's store, so any node finishes what another began: behind a load balancer the
 * app's server-side token call may reach another node than the one the browser signed in on.
 * Sealed under the deployment's key before they reach the database, so only what a node of this
 * deployment wrote is ever read back; tokens are looked up by their SHA-256.
 */
final class StoredAuthorizations implements OAuth2AuthorizationService {

    /** What an authorization may hold: Java's own types, Spring Security's and this module's. */
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "maxdepth=40;maxbytes=1000000;java.**;org.springframework.security.**;org.citydialogue.identity.*;!*");
    /** How long an authorization without any token (only its state) is kept. */
    private static final Duration UNFINISHED = Duration.ofMinutes(30);
    /**
     * How often a node clears a tenant's expired authorizations: not on every save, which cost every
     * token issuance a statement; an expired row is never read anyway ({@link #find}).
     */
    static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final KeySealing sealing;
    private final BuiltInIssuers issuers;
    private final Clock clock;
    /** Per tenant, when this node last cleared its expired authorizations. */
    private final Map<String, Instant> purged = new ConcurrentHashMap<>();

    StoredAuthorizations(JdbcClient jdbc, KeySealing sealing, BuiltInIssuers issuers, Clock clock) {
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.issuers = issuers;
        this.clock = clock;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        byte[] sealed = sealing.seal(aad(authorization.getId()), serialize(authorization));
        Tenant tenant = issuersTenant();
        TenantContext.call(tenant.id(), () -> {
            if (purgeDue(tenant.id())) {
                jdbc.sql("delete from issuer_authorization where expires_at < now()").update();
            }
            return jdbc.sql("""
                    insert into issuer_authorization (id, state_hash, code_hash, access_token_hash, refresh_token_hash,
                        id_token_hash, expires_at, sealed) values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (id) do update set state_hash = excluded.state_hash, code_hash = excluded.code_hash,
                        access_token_hash = excluded.access_token_hash,
                        refresh_token_hash = excluded.refresh_token_hash, id_token_hash = excluded.id_token_hash,
                        expires_at = excluded.expires_at, sealed = excluded.sealed""")
                    .params(authorization.getId(), hash(authorization.getAttribute(OAuth2ParameterNames.STATE)),
                            tokenHash(authorization, OAuth2AuthorizationCode.class),
                            tokenHash(authorization, OAuth2AccessToken.class),
                            tokenHash(authorization, OAuth2RefreshToken.class),
                            tokenHash(authorization, OidcIdToken.class),
                            Timestamp.from(expiry(authorization)), sealed)
                    .update();
        });
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        TenantContext.call(issuersTenant().id(), () -> jdbc.sql("delete from issuer_authorization where id = ?")
                .param(authorization.getId()).update());
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return find("id = ?", id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        String hash = hash(token);
        if (tokenType == null) {
            return find("? in (state_hash, code_hash, access_token_hash, refresh_token_hash, id_token_hash)", hash);
        }
        return switch (tokenType.getValue()) {
            case OAuth2ParameterNames.STATE -> find("state_hash = ?", hash);
            case OAuth2ParameterNames.CODE -> find("code_hash = ?", hash);
            case OAuth2ParameterNames.ACCESS_TOKEN -> find("access_token_hash = ?", hash);
            case OAuth2ParameterNames.REFRESH_TOKEN -> find("refresh_token_hash = ?", hash);
            case OidcParameterNames.ID_TOKEN -> find("id_token_hash = ?", hash);
            default -> null;   // device and user codes: this server grants neither
        };
    }

    private OAuth2Authorization find(String condition, String value) {
        Optional<Tenant> tenant = issuers.current();
        if (tenant.isEmpty() || value == null) {
            return null;
        }
        return TenantContext.call(tenant.get().id(), () -> jdbc.sql(
                        "select id, sealed from issuer_authorization where expires_at > now() and " + condition)
                .param(value)
                .query((row, n) -> deserialize(sealing.open(aad(row.getString("id")), row.getBytes("sealed"))))
                .optional().orElse(null));
    }

    /** True for one caller at most once per {@link #PURGE_EVERY} and tenant. */
    private boolean purgeDue(String tenantId) {
        Instant now = clock.instant();
        Instant last = purged.get(tenantId);
        if (last != null && now.isBefore(last.plus(PURGE_EVERY))) {
            return false;
        }
        return last == null ? purged.putIfAbsent(tenantId, now) == null : purged.replace(tenantId, last, now);
    }

    private Tenant issuersTenant() {
        return issuers.current().orElseThrow(() -> new IllegalStateException("No built-in issuer"));
    }

    /** The latest moment any of its tokens is still good for; a bare state lasts a sign-in's while. */
    private static Instant expiry(OAuth2Authorization authorization) {
        return Stream.of(OAuth2AuthorizationCode.class, OAuth2AccessToken.class, OAuth2RefreshToken.class,
                        OidcIdToken.class)
                .map(type -> authorization.getToken(type))
                .filter(java.util.Objects::nonNull)
                .map(token -> token.getToken().getExpiresAt())
                .filter(java.util.Objects::nonNull)
                .max(Instant::compareTo)
                .orElseGet(() -> Instant.now().plus(UNFINISHED));
    }

    private static <T extends AbstractOAuth2Token> String tokenHash(OAuth2Authorization authorization, Class<T> type) {
        OAuth2Authorization.Token<T> token = authorization.getToken(type);
        return token == null ? null : hash(token.getToken().getTokenValue());
    }

    private static String hash(String value) {
        if (value == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String aad(String id) {
        return "authorization:" + id;
    }

    private static byte[] serialize(OAuth2Authorization authorization) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(authorization);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static OAuth2Authorization deserialize(byte[] bytes) {
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ALLOWED);
            return (OAuth2Authorization) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("A stored authorization cannot be read", e);
        }
    }
}
