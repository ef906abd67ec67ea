package org.citydialogue.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals the issuers' private keys (and their stored authorizations) before they reach the database (AES-256-GCM, a fresh 96-bit
 * nonce each time, the key id as associated data so a sealed key cannot be moved to another row),
 * under a key derived from {@code citydialogue.identity.key-secret}: a copy of the database alone
 * does not let anyone sign tokens. Every node of a deployment needs the same secret.
 */
@Component
class KeySealing {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    KeySealing(@Value("${citydialogue.identity.key-secret}") String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("citydialogue.identity.key-secret must be at least 16 characters");
        }
        try {
            byte[] derived = MessageDigest.getInstance("SHA-256")
                    .digest(("citydialogue issuer keys\0" + secret).getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(derived, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] seal(String kid, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, kid, nonce);
            return ByteBuffer.allocate(NONCE_BYTES + cipher.getOutputSize(plain.length)).put(nonce)
                    .put(cipher.doFinal(plain)).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] open(String kid, byte[] sealed) {
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, kid, java.util.Arrays.copyOf(sealed, NONCE_BYTES));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("Sealed " + kid + " cannot be opened: this node's "
                    + "citydialogue.identity.key-secret is not the one that sealed it");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Cipher cipher(int mode, String kid, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
