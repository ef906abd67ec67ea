package org.citydialogue.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;

/**
 * How the built-in issuers check a client's secret. The secrets are long random values ({@code {noop}}
 * in {@link BuiltInClients}: the app's own, derived from the deployment's key secret, and the API clients' from their files), so
 * a slow password hash protects nothing. Spring's default encoder compared them, then hashed each one
 * again with BCrypt after every use to offer an "upgrade" that {@link BuiltInClients#save} throws
 * away: half the CPU of a shift of agents signing in. Compared here in constant time, never upgraded.
 */
final class ClientSecrets implements PasswordEncoder {

    private static final String PREFIX = "{noop}";
    static final ClientSecrets INSTANCE = new ClientSecrets();

    private ClientSecrets() {
    }

    /** Gives the server's client-secret check this encoder; other providers are left as they are. */
    static void use(AuthenticationProvider provider) {
        if (provider instanceof ClientSecretAuthenticationProvider secrets) {
            secrets.setPasswordEncoder(INSTANCE);
        }
    }

    @Override
    public String encode(CharSequence rawSecret) {
        return PREFIX + rawSecret;
    }

    @Override
    public boolean matches(CharSequence rawSecret, String stored) {
        return rawSecret != null && stored != null && stored.startsWith(PREFIX) && MessageDigest.isEqual(
                stored.substring(PREFIX.length()).getBytes(StandardCharsets.UTF_8),
                rawSecret.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean upgradeEncoding(String stored) {
        return false;
    }
}
