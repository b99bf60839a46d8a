package vn.lgtq.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SealedBoxTest {
    private static final String KEY = "q3Jm8d1uPZ0hC6Jk0n2Vw1yXfQy5b7m9T4sR2uA8eLc=";
    private static final String OTHER_KEY = "BYOOq9zLtCIFw2fbzm64BE7SbEgzf9DDPxyjgX0QB9U=";

    private final SealedBox box = new SealedBox(KEY, "test.key");

    @Test
    void sealsWithAFreshNonceAndOpensWithTheSameKeyOnly() {
        byte[] plain = "Cai nghiện bắt buộc 2023".getBytes(StandardCharsets.UTF_8);
        byte[] one = box.seal(plain);
        byte[] two = box.seal(plain);
        assertEquals(1, one[0], "format byte");
        assertFalse(Arrays.equals(one, two), "a fresh nonce each time");
        assertArrayEquals(plain, box.open(one));
        assertThrows(IllegalStateException.class, () -> new SealedBox(OTHER_KEY, "test.key").open(one));
    }

    @Test
    void refusesTamperedCiphertextAndWrongKeys() {
        byte[] sealed = box.seal("0912 345 678".getBytes(StandardCharsets.UTF_8));
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> box.open(sealed));
        IllegalStateException shortKey = assertThrows(IllegalStateException.class,
                () -> new SealedBox("c2hvcnQ=", "lgtq.reintegration.key"));
        assertEquals("lgtq.reintegration.key must be 32 bytes, base64-encoded", shortKey.getMessage());
    }

    @Test
    void fingerprintsDependOnTheKeyAndThePurpose() {
        byte[] id = box.fingerprint("citizen-id", "014912345678");
        assertArrayEquals(id, box.fingerprint("citizen-id", "014912345678"));
        assertFalse(Arrays.equals(id, box.fingerprint("other", "014912345678")));
        assertFalse(Arrays.equals(id, new SealedBox(OTHER_KEY, "k").fingerprint("citizen-id", "014912345678")));
    }
}
