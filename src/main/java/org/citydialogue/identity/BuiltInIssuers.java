package org.citydialogue.identity;

import java.util.Optional;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.stereotype.Component;

/**
 * The app's own OpenID provider has one issuer per tenant that signs in with {@code built-in}:
 * {@code {public-url}/auth/{tenant}}. This maps between issuers, paths and tenants.
 */
@Component
class BuiltInIssuers {

    static final String PREFIX = "/auth/";

    private final TenantDirectory tenants;
    private final Environment environment;

    BuiltInIssuers(TenantDirectory tenants, Environment environment) {
        this.tenants = tenants;
        this.environment = environment;
    }

    /** Resolved when first needed, so a test server's random port is known by then. */
    String publicUrl() {
        String url = environment.resolveRequiredPlaceholders(environment.getProperty("citydialogue.public-url",
                "http://localhost:8080"));
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    String issuer(Tenant tenant) {
        return publicUrl() + PREFIX + tenant.id();
    }

    /** The built-in tenant named by a request path such as /auth/vasteras/login. */
    Optional<Tenant> fromPath(String path) {
        if (path == null || !path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        return builtIn(slash < 0 ? rest : rest.substring(0, slash));
    }

    /** The tenant whose issuer is serving the current authorization-server request. */
    Optional<Tenant> current() {
        var context = AuthorizationServerContextHolder.getContext();
        if (context == null || context.getIssuer() == null) {
            return Optional.empty();
        }
        String issuer = context.getIssuer();
        int at = issuer.lastIndexOf(PREFIX);
        return at < 0 ? Optional.empty() : fromPath(issuer.substring(at));
    }

    Optional<Tenant> builtIn(String tenantId) {
        return tenants.find(tenantId).filter(t -> t.identity().builtIn());
    }
}
