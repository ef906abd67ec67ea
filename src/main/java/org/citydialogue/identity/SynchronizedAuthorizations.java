package org.citydialogue.identity;

import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The built-in issuers' authorizations, safe for many sign-ins at once. Spring's in-memory store
 * keeps unfinished authorizations in a plain LinkedHashMap: when a shift of agents signed in
 * together, one sign-in's lookup failed on another's write (ConcurrentModificationException) and
 * the agent landed on the sign-in page with an error. Every call here is short, so one lock suffices.
 */
final class SynchronizedAuthorizations implements OAuth2AuthorizationService {

    private final OAuth2AuthorizationService store = new InMemoryOAuth2AuthorizationService();

    @Override
    public synchronized void save(OAuth2Authorization authorization) {
        store.save(authorization);
    }

    @Override
    public synchronized void remove(OAuth2Authorization authorization) {
        store.remove(authorization);
    }

    @Override
    public synchronized OAuth2Authorization findById(String id) {
        return store.findById(id);
    }

    @Override
    public synchronized OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return store.findByToken(token, tokenType);
    }
}
