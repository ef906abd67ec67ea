package org.citydialogue.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The built-in issuer's keys in the bound tenant's store ({@code issuer_key}), newest first. The
 * first node to need a key, or a newer one once the newest is due for rotation, makes it under a
 * transaction-scoped advisory lock, so nodes starting together agree on one key instead of each
 * making its own.
 */
@Component
class IssuerKeyStore {

    /** A key as stored: its JWK with the private part, and when it stops verifying (null: not yet). */
    record StoredKey(RSAKey jwk, Instant createdAt, Instant retireAt) {
    }

    private final JdbcClient jdbc;
    private final KeySealing sealing;

    IssuerKeyStore(JdbcClient jdbc, KeySealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    /**
     * The keys that verify at {@code now}, newest (the signing key) first; makes one when there is
     * none or the newest is older than {@code rotateAfter}, retiring the others {@code overlap} later.
     */
    @Transactional
    public List<StoredKey> usable(Instant now, Duration rotateAfter, Duration overlap) {
        List<StoredKey> keys = read(now);
        if (!keys.isEmpty() && keys.getFirst().createdAt().isAfter(now.minus(rotateAfter))) {
            return keys;
        }
        lock();
        keys = read(now);
        if (keys.isEmpty() || !keys.getFirst().createdAt().isAfter(now.minus(rotateAfter))) {
            add(now, overlap);
            keys = read(now);
        }
        return keys;
    }

    /** Makes a new signing key now; the others verify for {@code overlap} more. */
    @Transactional
    public void rotate(Instant now, Duration overlap) {
        lock();
        add(now, overlap);
    }

    private void lock() {
        String tenant = TenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant bound"));
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("issuer_key:" + tenant).query().singleRow();
    }

    private void add(Instant now, Duration overlap) {
        String tenant = TenantContext.current().orElseThrow();
        String kid = tenant + "-" + UUID.randomUUID();
        RSAKey key;
        try {
            key = new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        jdbc.sql("update issuer_key set retire_at = ? where retire_at is null or retire_at > ?")
                .params(Timestamp.from(now.plus(overlap)), Timestamp.from(now.plus(overlap))).update();
        jdbc.sql("insert into issuer_key (kid, sealed_jwk, created_at) values (?, ?, ?)")
                .params(kid, sealing.seal(kid, key.toJSONString().getBytes(StandardCharsets.UTF_8)),
                        Timestamp.from(now))
                .update();
    }

    private List<StoredKey> read(Instant now) {
        return jdbc.sql("""
                select kid, sealed_jwk, created_at, retire_at from issuer_key
                where retire_at is null or retire_at > ? order by created_at desc, kid
                """).param(Timestamp.from(now)).query((rs, n) -> {
                    String kid = rs.getString("kid");
                    Timestamp retire = rs.getTimestamp("retire_at");
                    return new StoredKey(parse(kid, sealing.open(kid, rs.getBytes("sealed_jwk"))),
                            rs.getTimestamp("created_at").toInstant(), retire == null ? null : retire.toInstant());
                }).list();
    }

    private static RSAKey parse(String kid, byte[] json) {
        try {
            return RSAKey.parse(new String(json, StandardCharsets.UTF_8));
        } catch (ParseException e) {
            throw new IllegalStateException("Issuer key " + kid + " is not an RSA JWK", e);
        }
    }
}
