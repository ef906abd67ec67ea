package org.citydialogue.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.citydialogue.tenancy.Tenant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.stereotype.Component;

/**
 * The app itself is the client of each built-in issuer that signs staff in; the tenant's API
 * clients ({@link ApiClients}) are its clients for client credentials. A client is only known to
 * the issuer of its own tenant, so a code or token of one city is never issued at another's.
 */
@Component
class BuiltInClients implements RegisteredClientRepository {

    /**
     * Both ends live in the app, but not always on the same node: behind a load balancer one node's
     * token call may reach another. So every node derives the same secret from the deployment's key
     * secret, which keeps it out of every file.
     */
    private final String secret;
    private final BuiltInIssuers issuers;
    private final ApiClients apiClients;

    BuiltInClients(BuiltInIssuers issuers, ApiClients apiClients,
            @Value("${citydialogue.identity.key-secret}") String keySecret) {
        this.issuers = issuers;
        this.apiClients = apiClients;
        try {
            this.secret = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("citydialogue built-in client\0" + keySecret).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String clientId(Tenant tenant) {
        return "citydialogue-" + tenant.id();
    }

    String secret() {
        return secret;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        // The server offers to re-encode the {noop} secret after each use; these clients are derived
        // from the tenant files at every call, so there is nothing to keep.
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return issuers.current()
                .map(tenant -> clientId(tenant).equals(clientId) ? client(tenant)
                        : apiClients.registration(tenant.id(), clientId).map(BuiltInClients::apiClient).orElse(null))
                .orElse(null);
    }

    /** A system reporting requests over the Open311 API: client credentials only, for its own tenant. */
    private static RegisteredClient apiClient(ApiClientFiles.Registration registration) {
        return RegisteredClient.withId(registration.client().clientId())
                .clientId(registration.client().clientId())
                .clientName(registration.client().name())
                .clientSecret("{noop}" + registration.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(ApiClients.SCOPE)
                .build();
    }

    private RegisteredClient client(Tenant tenant) {
        return RegisteredClient.withId(clientId(tenant))
                .clientId(clientId(tenant))
                .clientIdIssuedAt(null)
                .clientSecret("{noop}" + secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(issuers.publicUrl() + "/login/oauth2/code/" + tenant.id())
                .postLogoutRedirectUri(issuers.publicUrl() + SecurityConfiguration.SIGN_IN_PATH)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build();
    }

}
