package org.citydialogue.identity;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The signing keys of each built-in issuer, shared by all nodes through the tenant's store
 * ({@link IssuerKeyStore}) and held here for a minute: the newest key signs, every key not yet
 * retired verifies. A token signed with a key this node has not seen yet (another node rotated)
 * makes it read the store again, at most every few seconds. Keys are rotated after
 * {@code citydialogue.identity.key-rotation-days} (default 90); the old ones verify for a day more.
 */
@Component
class IssuerKeys {

    private static final Duration HELD = Duration.ofMinutes(1);
    private static final Duration UNKNOWN_KEY_RELOAD = Duration.ofSeconds(5);
    static final Duration OVERLAP = Duration.ofDays(1);

    private record Keyring(List<RSAKey> keys, Instant loadedAt) {
    }

    private final Map<String, Keyring> rings = new ConcurrentHashMap<>();
    private final IssuerKeyStore store;
    private final Duration rotateAfter;
    private final Clock clock;

    IssuerKeys(IssuerKeyStore store, @Value("${citydialogue.identity.key-rotation-days:90}") int rotationDays,
            Optional<Clock> clock) {
        this.store = store;
        this.rotateAfter = Duration.ofDays(rotationDays);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The key the issuer signs with now. */
    RSAKey signing(String tenantId) {
        return ring(tenantId, HELD).keys().getFirst();
    }

    /** Every key a token of this issuer may be signed with now (the JWK set it publishes). */
    List<RSAKey> verifying(String tenantId) {
        return ring(tenantId, HELD).keys();
    }

    /** The verifying key with this id, reading the store again if it is new here. */
    Optional<RSAKey> verifying(String tenantId, String kid) {
        Optional<RSAKey> known = find(ring(tenantId, HELD), kid);
        return known.isPresent() ? known : find(ring(tenantId, UNKNOWN_KEY_RELOAD), kid);
    }

    /** A new signing key for every node; tokens signed with the old one keep verifying for {@link #OVERLAP}. */
    void rotate(String tenantId) {
        TenantContext.run(tenantId, () -> store.rotate(clock.instant(), OVERLAP));
        rings.remove(tenantId);
    }

    private static Optional<RSAKey> find(Keyring ring, String kid) {
        return ring.keys().stream().filter(k -> k.getKeyID().equals(kid)).findFirst();
    }

    private Keyring ring(String tenantId, Duration maxAge) {
        Instant now = clock.instant();
        return rings.compute(tenantId, (id, held) -> held != null && held.loadedAt().isAfter(now.minus(maxAge))
                ? held
                : new Keyring(TenantContext.call(id, () -> store.usable(now, rotateAfter, OVERLAP)).stream()
                        .map(IssuerKeyStore.StoredKey::jwk).toList(), now));
    }
}
