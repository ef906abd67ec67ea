package org.citydialogue.tenancy;

import java.net.URI;

/**
 * Who signs a tenant's staff in.
 *
 * @param issuer       {@code built-in} for the app's own authorization server, else the OIDC issuer URI
 * @param backchannel  origin the server uses to reach the issuer (discovery, token, keys) when it
 *                     differs from the browser-facing one, as inside docker-compose; may be null
 * @param clientId     the client registered at an external issuer
 * @param clientSecret its secret
 * @param rolesClaim   claim (dot path for nested claims) that holds the staff member's role names
 */
public record IdentitySettings(String issuer, URI backchannel, String clientId, String clientSecret, String rolesClaim) {

    public static final String BUILT_IN = "built-in";

    public boolean builtIn() {
        return BUILT_IN.equals(issuer);
    }
}
