package vn.lgtq.tip;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the informant's identity with AES-256-GCM under a key that lives in configuration, never in the
 * database. Layout: one format byte, a 12-byte nonce, then ciphertext and tag.
 */
@ApplicationScoped
public class InformantCipher {
    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Informant(String name, String contact) {
    }

    private final SecretKeySpec key;

    @Inject
    ObjectMapper json;

    InformantCipher(TipConfig config) {
        byte[] raw = Base64.getDecoder().decode(config.informantKey().trim());
        if (raw.length != 32) {
            throw new IllegalStateException("lgtq.tips.informant-key must be 32 bytes, base64-encoded");
        }
        key = new SecretKeySpec(raw, "AES");
    }

    public byte[] encrypt(Informant informant) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(informant));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("Encrypting the informant failed", e);
        }
    }

    public Informant decrypt(byte[] stored) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(stored);
            if (buffer.get() != FORMAT) {
                throw new IllegalStateException("Unknown informant ciphertext format");
            }
            byte[] nonce = new byte[NONCE_BYTES];
            buffer.get(nonce);
            byte[] sealed = new byte[buffer.remaining()];
            buffer.get(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            return json.readValue(cipher.doFinal(sealed), Informant.class);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("Decrypting the informant failed", e);
        }
    }
}
