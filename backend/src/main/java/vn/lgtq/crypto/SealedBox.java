package vn.lgtq.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM under master keys that live in configuration, never in the database, for the most sensitive fields
 * (informants, reintegration data). From each master key HKDF derives one key for encryption and another for
 * blind indexes, so a hash that is searched on never uses the encryption key.
 *
 * <p>Layout (format 2): format byte 2, key id (1 byte), 12-byte nonce, ciphertext and tag. The associated data
 * binds the value to its place (table, column, row id) and to its header: copied into another row or another
 * column, or given another key id, it no longer opens. Format 1 (format byte, nonce, ciphertext; the master key
 * used as it is, no associated data) was written before; it still opens, under key id 1, until the rotation
 * rewrites it.
 */
public final class SealedBox {
    public static final byte LEGACY_FORMAT = 1;
    public static final byte FORMAT = 2;
    /** The key the single configured key of format 1 becomes. */
    public static final int LEGACY_KEY_ID = 1;

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] SALT = "lgtq sealed box".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENCRYPTION_INFO = "lgtq aes-256-gcm v2".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INDEX_INFO = "lgtq blind index v2".getBytes(StandardCharsets.US_ASCII);

    /** Where a sealed value is stored; part of what it was sealed with. */
    public record Place(String table, String column, long rowId) {
        byte[] associatedData(int keyId) {
            byte[] where = (table + "." + column + "#" + rowId).getBytes(StandardCharsets.UTF_8);
            return ByteBuffer.allocate(2 + where.length).put(FORMAT).put((byte) keyId).put(where).array();
        }

        @Override
        public String toString() {
            return table + "." + column + " id=" + rowId;
        }
    }

    /** A stored value that does not open: tampered with, moved, truncated, or sealed under a key not configured. */
    public static final class UnreadableException extends RuntimeException {
        UnreadableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Key(SecretKeySpec encryption, byte[] index, byte[] master) {
    }

    private final int currentKeyId;
    private final Map<Integer, Key> keys = new TreeMap<>();

    /**
     * @param masterKeys key id (1–255) → 32 bytes, base64
     * @param property the setting the keys come from, named in errors
     */
    public SealedBox(int currentKeyId, Map<Integer, String> masterKeys, String property) {
        masterKeys.forEach((id, base64) -> {
            if (id < 1 || id > 255) {
                throw new IllegalStateException(property + ": key ids go from 1 to 255, not " + id);
            }
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(base64.trim());
            } catch (IllegalArgumentException e) {
                raw = new byte[0];
            }
            if (raw.length != 32) {
                throw new IllegalStateException(property + ": key " + id + " must be 32 bytes, base64-encoded");
            }
            keys.put(id, new Key(new SecretKeySpec(Hkdf.derive(SALT, raw, ENCRYPTION_INFO, 32), "AES"),
                    Hkdf.derive(SALT, raw, INDEX_INFO, 32), raw));
        });
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalStateException(property + ": the current key id " + currentKeyId
                    + " has no key (configured: " + keys.keySet() + ")");
        }
        this.currentKeyId = currentKeyId;
    }

    /**
     * The keys as configured: {@code defaultKey} is key 1 (the one setting of before key ids), {@code moreKeys}
     * are "id:base64" entries.
     */
    public static SealedBox of(Optional<String> defaultKey, Optional<List<String>> moreKeys, int currentKeyId,
            String property) {
        Map<Integer, String> all = new TreeMap<>();
        defaultKey.filter(k -> !k.isBlank()).ifPresent(k -> all.put(LEGACY_KEY_ID, k));
        for (String entry : moreKeys.orElse(List.of())) {
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException(property + ": each key is written id:base64, e.g. 2:q3Jm8d1u...=");
            }
            int id;
            try {
                id = Integer.parseInt(entry.substring(0, colon).trim());
            } catch (NumberFormatException e) {
                throw new IllegalStateException(property + ": \"" + entry.substring(0, colon) + "\" is not a key id");
            }
            if (all.put(id, entry.substring(colon + 1)) != null) {
                throw new IllegalStateException(property + ": key " + id + " is configured twice");
            }
        }
        return new SealedBox(currentKeyId, all, property);
    }

    public int currentKeyId() {
        return currentKeyId;
    }

    public byte[] seal(byte[] plaintext, Place place) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId).encryption(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(place.associatedData(currentKeyId));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(2 + NONCE_BYTES + sealed.length).put(FORMAT).put((byte) currentKeyId)
                    .put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encrypting failed", e);
        }
    }

    public byte[] open(byte[] stored, Place place) {
        int keyId = keyIdOf(stored);
        Key key = keys.get(keyId);
        if (key == null) {
            throw new UnreadableException("No key " + keyId + " configured for " + place, null);
        }
        boolean legacy = stored[0] == LEGACY_FORMAT;
        int header = legacy ? 1 : 2;
        if (stored.length < header + NONCE_BYTES + TAG_BITS / 8) {
            throw new UnreadableException("Truncated sealed value in " + place, null);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            GCMParameterSpec nonce = new GCMParameterSpec(TAG_BITS, stored, header, NONCE_BYTES);
            if (legacy) {
                cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key.master(), "AES"), nonce);
            } else {
                cipher.init(Cipher.DECRYPT_MODE, key.encryption(), nonce);
                cipher.updateAAD(place.associatedData(keyId));
            }
            return cipher.doFinal(stored, header + NONCE_BYTES, stored.length - header - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new UnreadableException("Sealed value in " + place + " does not open (tampered, moved or wrong key)",
                    e);
        }
    }

    /** The key a stored value was sealed under: its key id, or 1 for format 1. */
    public static int keyIdOf(byte[] stored) {
        if (stored == null || stored.length < 2) {
            throw new UnreadableException("Not a sealed value", null);
        }
        return switch (stored[0]) {
            case LEGACY_FORMAT -> LEGACY_KEY_ID;
            case FORMAT -> stored[1] & 0xFF;
            default -> throw new UnreadableException("Unknown sealed value format " + stored[0], null);
        };
    }

    /** Whether the value is already in the current format under the current key (nothing to rotate). */
    public boolean isCurrent(byte[] stored) {
        return stored.length > 2 && stored[0] == FORMAT && (stored[1] & 0xFF) == currentKeyId;
    }

    /** A blind index of a value (e.g. a citizen ID) under the current key: HMAC-SHA256 of purpose and value. */
    public byte[] fingerprint(String purpose, String value) {
        return hmac(keys.get(currentKeyId).index(), purpose, value);
    }

    /**
     * The value's blind index under every configured key, the current first, and as format 1 computed it (the
     * master key 1 itself): rows not yet rotated are still found while a rotation runs.
     */
    public List<byte[]> fingerprints(String purpose, String value) {
        List<byte[]> all = new ArrayList<>();
        all.add(fingerprint(purpose, value));
        keys.forEach((id, key) -> {
            if (id != currentKeyId) {
                all.add(hmac(key.index(), purpose, value));
            }
        });
        Key legacy = keys.get(LEGACY_KEY_ID);
        if (legacy != null) {
            all.add(hmac(legacy.master(), purpose, value));
        }
        return Collections.unmodifiableList(all);
    }

    private static byte[] hmac(byte[] key, String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal((purpose + ":" + value).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Hashing failed", e);
        }
    }
}
