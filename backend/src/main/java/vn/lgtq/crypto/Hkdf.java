package vn.lgtq.crypto;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HKDF with HMAC-SHA256 (RFC 5869): separate keys for separate purposes from one master key. */
public final class Hkdf {
    private static final String HMAC = "HmacSHA256";
    private static final int HASH_BYTES = 32;

    private Hkdf() {
    }

    /** Extract then expand: {@code length} bytes of key material for {@code info}. */
    public static byte[] derive(byte[] salt, byte[] inputKey, byte[] info, int length) {
        return expand(extract(salt, inputKey), info, length);
    }

    static byte[] extract(byte[] salt, byte[] inputKey) {
        // RFC 5869 2.2: no salt means a string of HashLen zeros
        return hmac(salt == null || salt.length == 0 ? new byte[HASH_BYTES] : salt, inputKey);
    }

    static byte[] expand(byte[] pseudoRandomKey, byte[] info, int length) {
        if (length < 1 || length > 255 * HASH_BYTES) {
            throw new IllegalArgumentException("HKDF output length out of range: " + length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + HASH_BYTES);
        byte[] previous = new byte[0];
        for (int i = 1; out.size() < length; i++) {
            byte[] input = new byte[previous.length + info.length + 1];
            System.arraycopy(previous, 0, input, 0, previous.length);
            System.arraycopy(info, 0, input, previous.length, info.length);
            input[input.length - 1] = (byte) i;
            previous = hmac(pseudoRandomKey, input);
            out.writeBytes(previous);
        }
        byte[] okm = new byte[length];
        System.arraycopy(out.toByteArray(), 0, okm, 0, length);
        return okm;
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
