package org.citydialogue.identity;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.citydialogue.identity.ui.SignInView;
import org.citydialogue.tenancy.Tenant;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.stereotype.Component;

/**
 * The app itself is the one client of each built-in issuer. A client is only known to the issuer
 * of its own tenant, so a code issued for one city can never be redeemed at another's.
 */
@Component
class BuiltInClients implements RegisteredClientRepository {

    /** Both ends live in this process; a fresh secret per start keeps it out of every file. */
    private final String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
    private final BuiltInIssuers issuers;

    BuiltInClients(BuiltInIssuers issuers) {
        this.issuers = issuers;
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
                .filter(tenant -> clientId(tenant).equals(clientId))
                .map(this::client)
                .orElse(null);
    }

    private RegisteredClient client(Tenant tenant) {
        return RegisteredClient.withId(clientId(tenant))
                .clientId(clientId(tenant))
                .clientIdIssuedAt(null)
                .clientSecret("{noop}" + secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(issuers.publicUrl() + "/login/oauth2/code/" + tenant.id())
                // Where the app's sign-out sends the browser back to (SecurityConfiguration).
                .postLogoutRedirectUri(issuers.publicUrl() + "/" + SignInView.ROUTE)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build();
    }

}
