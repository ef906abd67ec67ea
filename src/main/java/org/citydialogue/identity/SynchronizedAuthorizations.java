package org.citydialogue.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The built-in issuers' authorizations (one per sign-in), in memory, safe for many sign-ins at once.
 * Spring's in-memory store keeps unfinished authorizations in a plain LinkedHashMap (one sign-in's
 * lookup failed on another's write when a shift signed in together), finds a token by walking every
 * authorization (under load, with a lock around it, every sign-in waited for that walk), and keeps
 * them all for ever, the unfinished copy of each too. Here one lock guards a map by id and an index
 * by token, and an authorization is dropped a day after it began — longer than any shift, so a
 * sign-out still finds the ID token it names.
 */
final class SynchronizedAuthorizations implements OAuth2AuthorizationService {

    static final Duration KEPT = Duration.ofHours(24);
    private static final List<Class<? extends OAuth2Token>> TOKENS = List.of(OAuth2AuthorizationCode.class,
            OAuth2AccessToken.class, OAuth2RefreshToken.class, OidcIdToken.class);

    private final Map<String, OAuth2Authorization> byId = new HashMap<>();
    private final Map<String, String> idByToken = new HashMap<>();
    private final Map<String, List<String>> tokensById = new HashMap<>();
    /** When each authorization began, oldest first. */
    private final LinkedHashMap<String, Instant> began = new LinkedHashMap<>();
    private final Clock clock;

    SynchronizedAuthorizations() {
        this(Clock.systemUTC());
    }

    SynchronizedAuthorizations(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void save(OAuth2Authorization authorization) {
        Instant now = clock.instant();
        dropBegunBefore(now.minus(KEPT));
        byId.put(authorization.getId(), authorization);
        unindex(authorization.getId());
        List<String> tokens = tokens(authorization);
        tokens.forEach(token -> idByToken.put(token, authorization.getId()));
        tokensById.put(authorization.getId(), tokens);
        began.putIfAbsent(authorization.getId(), now);
    }

    @Override
    public synchronized void remove(OAuth2Authorization authorization) {
        byId.remove(authorization.getId());
        unindex(authorization.getId());
        began.remove(authorization.getId());
    }

    @Override
    public synchronized OAuth2Authorization findById(String id) {
        return byId.get(id);
    }

    @Override
    public synchronized OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        String id = idByToken.get(token);
        OAuth2Authorization candidate = id == null ? null : byId.get(id);
        // Spring's own check of the token's type, over the one candidate.
        return candidate == null ? null : new InMemoryOAuth2AuthorizationService(candidate).findByToken(token, tokenType);
    }

    private void dropBegunBefore(Instant cutoff) {
        var oldest = began.entrySet().iterator();
        while (oldest.hasNext()) {
            var entry = oldest.next();
            if (!entry.getValue().isBefore(cutoff)) {
                return;
            }
            oldest.remove();
            byId.remove(entry.getKey());
            unindex(entry.getKey());
        }
    }

    private void unindex(String id) {
        List<String> tokens = tokensById.remove(id);
        if (tokens != null) {
            tokens.forEach(token -> idByToken.remove(token, id));
        }
    }

    /** The values a lookup may name: the sign-in's state and every token issued. */
    private static List<String> tokens(OAuth2Authorization authorization) {
        return Stream.concat(Stream.of((String) authorization.getAttribute(OAuth2ParameterNames.STATE)),
                        TOKENS.stream().map(authorization::getToken)
                                .map(token -> token == null ? null : token.getToken().getTokenValue()))
                .filter(Objects::nonNull).toList();
    }
}
