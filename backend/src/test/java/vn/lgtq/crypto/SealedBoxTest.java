package vn.lgtq.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SealedBoxTest {
    static final String KEY_A = "q3Jm8d1uPZ0hC6Jk0n2Vw1yXfQy5b7m9T4sR2uA8eLc=";
    static final String KEY_B = "BYOOq9zLtCIFw2fbzm64BE7SbEgzf9DDPxyjgX0QB9U=";
    private static final SealedBox.Place ROW_7 = new SealedBox.Place("reintegration_case", "history_ciphertext", 7);
    private static final byte[] PLAIN = "Cai nghiện bắt buộc 2023".getBytes(StandardCharsets.UTF_8);

    private final SealedBox box = new SealedBox(1, Map.of(1, KEY_A), "test.key");

    @Test
    void hkdfMatchesTheTestVectorsOfRfc5869() {
        HexFormat hex = HexFormat.of();
        byte[] ikm = hex.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
        assertEquals("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865",
                hex.formatHex(Hkdf.derive(hex.parseHex("000102030405060708090a0b0c"), ikm,
                        hex.parseHex("f0f1f2f3f4f5f6f7f8f9"), 42)));
        assertEquals("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8",
                hex.formatHex(Hkdf.derive(new byte[0], ikm, new byte[0], 42)));
    }

    @Test
    void sealsWithAKeyIdAndAFreshNonceAndOpensOnlyInItsPlace() {
        byte[] one = box.seal(PLAIN, ROW_7);
        byte[] two = box.seal(PLAIN, ROW_7);
        assertEquals(List.of(2, 1), List.of((int) one[0], (int) one[1]), "format 2, key id 1");
        assertFalse(Arrays.equals(one, two), "a fresh nonce each time");
        assertArrayEquals(PLAIN, box.open(one, ROW_7));
        assertTrue(box.isCurrent(one));

        // Copied into another row, another column or another table, it does not open.
        for (SealedBox.Place elsewhere : List.of(new SealedBox.Place("reintegration_case", "history_ciphertext", 8),
                new SealedBox.Place("reintegration_contact", "notes_ciphertext", 7),
                new SealedBox.Place("tip", "history_ciphertext", 7))) {
            assertThrows(SealedBox.UnreadableException.class, () -> box.open(one, elsewhere), elsewhere.toString());
        }
        // Nor under another key with the same id, nor with its key id changed.
        assertThrows(SealedBox.UnreadableException.class,
                () -> new SealedBox(1, Map.of(1, KEY_B), "k").open(one, ROW_7));
        byte[] relabelled = one.clone();
        relabelled[1] = 2;
        assertThrows(SealedBox.UnreadableException.class,
                () -> new SealedBox(1, Map.of(1, KEY_A, 2, KEY_A), "k").open(relabelled, ROW_7));
    }

    @Test
    void refusesTamperedAndTruncatedValuesAndWrongKeySettings() {
        byte[] sealed = box.seal("0912 345 678".getBytes(StandardCharsets.UTF_8), ROW_7);
        for (int i = 2; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 1;
            assertThrows(SealedBox.UnreadableException.class, () -> box.open(tampered, ROW_7), "byte " + i);
        }
        assertThrows(SealedBox.UnreadableException.class, () -> box.open(Arrays.copyOf(sealed, 20), ROW_7));
        assertThrows(SealedBox.UnreadableException.class, () -> box.open(new byte[] {9, 9, 9}, ROW_7));
        assertEquals("lgtq.reintegration.key(s): key 1 must be 32 bytes, base64-encoded",
                assertThrows(IllegalStateException.class, () -> SealedBox.of(Optional.of("c2hvcnQ="),
                        Optional.empty(), 1, "lgtq.reintegration.key(s)")).getMessage());
        assertEquals("k: the current key id 3 has no key (configured: [1, 2])",
                assertThrows(IllegalStateException.class, () -> SealedBox.of(Optional.of(KEY_A),
                        Optional.of(List.of("2:" + KEY_B)), 3, "k")).getMessage());
    }

    @Test
    void valuesOfFormatOneStillOpenUnderKeyOneUntilRotated() throws Exception {
        byte[] legacy = legacySeal(KEY_A, PLAIN);
        SealedBox rotating = SealedBox.of(Optional.of(KEY_A), Optional.of(List.of("2:" + KEY_B)), 2, "k");
        assertArrayEquals(PLAIN, rotating.open(legacy, ROW_7));
        assertFalse(rotating.isCurrent(legacy));
        byte[] now = rotating.seal(rotating.open(legacy, ROW_7), ROW_7);
        assertEquals(2, SealedBox.keyIdOf(now));
        assertArrayEquals(PLAIN, new SealedBox(2, Map.of(2, KEY_B), "k").open(now, ROW_7), "key 1 no longer needed");
        assertThrows(SealedBox.UnreadableException.class, () -> new SealedBox(2, Map.of(2, KEY_B), "k")
                .open(legacy, ROW_7));
    }

    @Test
    void theBlindIndexUsesADerivedKeyNeverTheMasterKey() throws Exception {
        byte[] id = box.fingerprint("citizen-id", "014912345678");
        assertArrayEquals(id, box.fingerprint("citizen-id", "014912345678"));
        assertFalse(Arrays.equals(id, box.fingerprint("other", "014912345678")));
        byte[] asBefore = legacyFingerprint(KEY_A, "citizen-id", "014912345678");
        assertFalse(Arrays.equals(id, asBefore), "not the HMAC under the AES key of format 1");
        SealedBox rotating = SealedBox.of(Optional.of(KEY_A), Optional.of(List.of("2:" + KEY_B)), 2, "k");
        List<byte[]> all = rotating.fingerprints("citizen-id", "014912345678");
        assertEquals(3, all.size(), "current key, key 1, and key 1 as format 1 used it");
        assertArrayEquals(rotating.fingerprint("citizen-id", "014912345678"), all.get(0));
        assertArrayEquals(id, all.get(1));
        assertArrayEquals(asBefore, all.get(2));
    }

    /** What the SealedBox of before wrote: format byte 1, nonce, AES-GCM under the master key, no associated data. */
    static byte[] legacySeal(String base64Key, byte[] plain) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(base64Key), "AES"),
                new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(plain);
        return ByteBuffer.allocate(1 + 12 + sealed.length).put((byte) 1).put(nonce).put(sealed).array();
    }

    /** The citizen ID hash of before: HMAC-SHA256 under the master key itself. */
    static byte[] legacyFingerprint(String base64Key, String purpose, String value) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Key), "HmacSHA256"));
        return mac.doFinal((purpose + ":" + value).getBytes(StandardCharsets.UTF_8));
    }
}
