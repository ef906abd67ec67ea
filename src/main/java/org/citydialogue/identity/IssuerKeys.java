package org.citydialogue.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The signing key of each built-in issuer, made at first use and kept for the life of the process:
 * the issuer signs with it, and API tokens are checked against it without a round trip.
 */
@Component
class IssuerKeys {

    private final Map<String, RSAKey> keys = new ConcurrentHashMap<>();

    RSAKey of(String tenantId) {
        return keys.computeIfAbsent(tenantId, IssuerKeys::newKey);
    }

    RSAPublicKey publicKey(String tenantId) {
        try {
            return of(tenantId).toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey(String tenantId) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(tenantId + "-" + System.currentTimeMillis()).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
