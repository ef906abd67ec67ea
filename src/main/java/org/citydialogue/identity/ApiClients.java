package org.citydialogue.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.security.MessageDigest;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Service;

/**
 * The systems allowed to report requests for each tenant, and how they prove who they are: an
 * access token from the tenant's built-in issuer (OAuth2 client credentials, scope
 * {@value #SCOPE}) or the client's api key. Either way the tenant is the client's, never one the
 * caller names.
 */
@Service
public class ApiClients {

    public static final String SCOPE = "open311";

    private final Map<String, Map<String, ApiClientFiles.Registration>> byTenant = new HashMap<>();
    private final Map<String, ApiClient> byApiKey = new HashMap<>();
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();
    // A client sends the same token with every request until it expires: its signature is checked
    // once, and the answer kept until then (a self-contained token cannot be revoked earlier anyway).
    private final Cache<String, Verified> verified = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfter(Expiry.<String, Verified>creating((token, known) ->
                    Duration.between(Instant.now(), known.expiresAt())))
            .build();
    private final BuiltInIssuers issuers;
    private final IssuerKeys keys;

    ApiClients(@Value("${citydialogue.tenants.dir:tenants}") Path tenantsDir, TenantDirectory tenants,
            Environment environment, BuiltInIssuers issuers, IssuerKeys keys) {
        this.issuers = issuers;
        this.keys = keys;
        for (Tenant tenant : tenants.all()) {
            Map<String, ApiClientFiles.Registration> clients = new HashMap<>();
            for (var registration : ApiClientFiles.read(tenantsDir.resolve("api-clients"), tenant,
                    environment::resolveRequiredPlaceholders)) {
                clients.put(registration.client().clientId(), registration);
                if (byApiKey.putIfAbsent(registration.apiKey(), registration.client()) != null) {
                    throw new IllegalStateException("Bad tenant file: api-clients/" + tenant.id()
                            + ".yaml: api-key of " + registration.client().clientId() + " is another client's");
                }
            }
            byTenant.put(tenant.id(), Map.copyOf(clients));
        }
    }

    public List<ApiClient> of(String tenantId) {
        return byTenant.getOrDefault(tenantId, Map.of()).values().stream().map(ApiClientFiles.Registration::client)
                .toList();
    }

    /** The client an {@code api_key} belongs to; compared in constant time. */
    public Optional<ApiClient> byApiKey(String apiKey) {
        if (apiKey == null || apiKey.isEmpty()) {
            return Optional.empty();
        }
        ApiClient found = null;
        for (var entry : byApiKey.entrySet()) {
            if (MessageDigest.isEqual(entry.getKey().getBytes(), apiKey.getBytes())) {
                found = entry.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The client a bearer token was issued to, if the token is a valid, unexpired access token of a
     * built-in issuer, with the {@value #SCOPE} scope, for a client registered at that issuer's tenant.
     */
    public Optional<ApiClient> byAccessToken(String token) {
        Verified known = verified.getIfPresent(token);
        if (known != null && known.expiresAt().isAfter(Instant.now())) {
            return Optional.of(known.client());
        }
        JWT parsed;
        try {
            parsed = JWTParser.parse(token);
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
        Optional<Tenant> tenant = issuerOf(parsed);
        String kid = parsed.getHeader() instanceof JWSHeader header ? header.getKeyID() : null;
        if (tenant.isEmpty() || kid == null) {
            return Optional.empty();
        }
        try {
            Optional<JwtDecoder> decoder = keys.verifying(tenant.get().id(), kid)
                    .map(key -> decoders.computeIfAbsent(kid, k -> decoder(tenant.get(), key)));
            if (decoder.isEmpty()) {
                return Optional.empty();
            }
            Jwt jwt = decoder.get().decode(token);
            List<String> scopes = jwt.getClaimAsStringList("scope");
            if (scopes == null || !scopes.contains(SCOPE)) {
                return Optional.empty();
            }
            Optional<ApiClient> client = registration(tenant.get().id(), jwt.getSubject())
                    .map(ApiClientFiles.Registration::client);
            if (client.isPresent() && jwt.getExpiresAt() != null) {
                verified.put(token, new Verified(client.get(), jwt.getExpiresAt()));
            }
            return client;
        } catch (JwtException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    Optional<ApiClientFiles.Registration> registration(String tenantId, String clientId) {
        return Optional.ofNullable(byTenant.getOrDefault(tenantId, Map.of()).get(clientId));
    }

    private Optional<Tenant> issuerOf(JWT token) {
        try {
            String issuer = token.getJWTClaimsSet().getIssuer();
            if (issuer == null || !issuer.startsWith(issuers.publicUrl() + BuiltInIssuers.PREFIX)) {
                return Optional.empty();
            }
            return issuers.builtIn(issuer.substring((issuers.publicUrl() + BuiltInIssuers.PREFIX).length()))
                    .filter(t -> issuers.issuer(t).equals(issuer));
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** One per key: the key id names the tenant too, and a retired key is no longer offered by {@link IssuerKeys}. */
    private JwtDecoder decoder(Tenant tenant, RSAKey key) {
        try {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuers.issuer(tenant)));
            return decoder;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Verified(ApiClient client, Instant expiresAt) {
    }
}
