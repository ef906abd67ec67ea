package org.citydialogue.identity;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.citydialogue.tenancy.IdentitySettings;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * One OIDC client registration per tenant, keyed by tenant id, built on first use so that an
 * identity provider that is down at start-up does not stop the app (a failure is not cached).
 * Built-in tenants point at the app's own issuers; others at the issuer in their file.
 */
@Component
class TenantClientRegistrations implements ClientRegistrationRepository {

    private static final String REDIRECT = "{baseUrl}/login/oauth2/code/{registrationId}";

    private final TenantDirectory tenants;
    private final BuiltInIssuers issuers;
    private final BuiltInClients clients;
    private final Map<String, ClientRegistration> registrations = new ConcurrentHashMap<>();

    TenantClientRegistrations(TenantDirectory tenants, BuiltInIssuers issuers, BuiltInClients clients) {
        this.tenants = tenants;
        this.issuers = issuers;
        this.clients = clients;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return tenants.find(registrationId)
                .map(tenant -> registrations.computeIfAbsent(tenant.id(), id -> register(tenant)))
                .orElse(null);
    }

    private ClientRegistration register(Tenant tenant) {
        IdentitySettings identity = tenant.identity();
        if (identity.builtIn()) {
            String issuer = issuers.issuer(tenant);
            return ClientRegistration.withRegistrationId(tenant.id())
                    .clientId(BuiltInClients.clientId(tenant))
                    .clientSecret(clients.secret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(REDIRECT)
                    .scope("openid", "profile")
                    .issuerUri(issuer)
                    .authorizationUri(issuer + "/oauth2/authorize")
                    .tokenUri(issuer + "/oauth2/token")
                    .jwkSetUri(issuer + "/oauth2/jwks")
                    .userNameAttributeName("sub")
                    .providerConfigurationMetadata(Map.of("end_session_endpoint", issuer + "/connect/logout"))
                    .clientName(tenant.id())
                    .build();
        }
        ClientRegistration.Builder builder = identity.backchannel() == null
                ? ClientRegistrations.fromIssuerLocation(identity.issuer())
                : throughBackchannel(identity);
        return builder.registrationId(tenant.id())
                .clientId(identity.clientId())
                .clientSecret(identity.clientSecret())
                .redirectUri(REDIRECT)
                .scope("openid", "profile", "email")
                .userNameAttributeName("sub")
                .clientName(tenant.id())
                .build();
    }

    /**
     * Reads the provider's metadata through the server-side origin (e.g. http://keycloak:8080 inside
     * docker-compose), checks that it speaks for the configured issuer, and keeps the browser-facing
     * authorization endpoint while calling token and key endpoints server-side.
     */
    private static ClientRegistration.Builder throughBackchannel(IdentitySettings identity) {
        URI issuer = URI.create(identity.issuer());
        URI metadataUri = identity.backchannel().resolve(issuer.getRawPath() + "/.well-known/openid-configuration");
        Map<String, Object> metadata = RestClient.create().get().uri(metadataUri).retrieve()
                .body(new ParameterizedTypeReference<>() { });
        if (metadata == null || !identity.issuer().equals(metadata.get("issuer"))) {
            throw new IllegalStateException("Identity provider at " + metadataUri + " does not speak for "
                    + identity.issuer());
        }
        return ClientRegistration.withRegistrationId("pending")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .issuerUri(identity.issuer())
                .authorizationUri((String) metadata.get("authorization_endpoint"))
                .tokenUri(onBackchannel((String) metadata.get("token_endpoint"), identity))
                .jwkSetUri(onBackchannel((String) metadata.get("jwks_uri"), identity))
                .userInfoUri(onBackchannel((String) metadata.get("userinfo_endpoint"), identity))
                .providerConfigurationMetadata(metadata);
    }

    private static String onBackchannel(String endpoint, IdentitySettings identity) {
        if (endpoint == null) {
            return null;
        }
        URI uri = URI.create(endpoint);
        URI origin = identity.backchannel();
        return origin.getScheme() + "://" + origin.getRawAuthority() + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
