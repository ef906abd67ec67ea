package org.citydialogue.open311.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.citydialogue.identity.ApiClient;
import org.citydialogue.identity.ApiClients;
import org.citydialogue.open311.Open311Exception;
import org.citydialogue.open311.RateLimits;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who is calling: a client with a bearer token of its tenant's issuer or with its {@code api_key},
 * or nobody (public reads). Bad credentials are refused (403) even where none are needed, so a
 * client never mistakes a failed sign-in for a public answer. Then each caller's rate limit (429).
 */
final class ApiCallers extends OncePerRequestFilter {

    static final String CLIENT = ApiCallers.class.getName() + ".client";
    private static final String BEARER = "Bearer ";

    private final ApiClients clients;
    private final RateLimits limits;

    ApiCallers(ApiClients clients, RateLimits limits) {
        this.clients = clients;
        this.limits = limits;
    }

    static Optional<ApiClient> client(HttpServletRequest request) {
        return Optional.ofNullable((ApiClient) request.getAttribute(CLIENT));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApiClient client;
        try {
            client = authenticate(request);
        } catch (Open311Exception refused) {
            Answers.write(response, request.getRequestURI(), refused.status(), refused.document());
            return;
        } catch (RuntimeException unreadable) {
            // e.g. a form body the container cannot parse: the client's fault, not ours.
            Answers.write(response, request.getRequestURI(), 400,
                    Open311Exception.errors(400, "The request's parameters cannot be read"));
            return;
        }
        boolean allowed = client != null
                ? limits.tryAcquire(client.tenantId() + ":" + client.clientId(), client.requestsPerSecond())
                : limits.tryAcquireAnonymous(request.getRemoteAddr());
        if (!allowed) {
            response.setHeader("Retry-After", "1");
            Answers.write(response, request.getRequestURI(), 429,
                    Open311Exception.errors(429, "Too many requests: slow down and retry after a second"));
            return;
        }
        request.setAttribute(CLIENT, client);
        chain.doFilter(request, response);
    }

    private ApiClient authenticate(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                throw Open311Exception.forbidden("Authorization must be a Bearer access token");
            }
            return clients.byAccessToken(authorization.substring(BEARER.length()).strip())
                    .orElseThrow(() -> Open311Exception.forbidden("The access token is not valid (expired, or not "
                            + "issued to an API client by a city's issuer)"));
        }
        String[] keys = request.getParameterValues("api_key");
        if (keys == null) {
            return null;
        }
        if (keys.length != 1) {
            throw Open311Exception.badRequest("api_key must be sent once");
        }
        return clients.byApiKey(keys[0]).orElseThrow(() -> Open311Exception.forbidden("api_key is not valid"));
    }
}
