package vn.lgtq.reintegration;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.lgtq.crypto.SealedBox;

/** Seals who the person is, their history and contact notes under the reintegration key. */
@ApplicationScoped
public class ReintegrationCipher {
    public record Identity(String name, Integer birthYear, String citizenId) {
    }

    private final SealedBox box;

    @Inject
    ObjectMapper json;

    ReintegrationCipher(ReintegrationConfig config) {
        box = new SealedBox(config.key(), "lgtq.reintegration.key");
    }

    public byte[] seal(Identity identity) {
        try {
            return box.seal(json.writeValueAsBytes(identity));
        } catch (IOException e) {
            throw new IllegalStateException("Encrypting the identity failed", e);
        }
    }

    public Identity open(byte[] stored) {
        try {
            return json.readValue(box.open(stored), Identity.class);
        } catch (IOException e) {
            throw new IllegalStateException("Decrypting the identity failed", e);
        }
    }

    public byte[] sealText(String text) {
        return text == null ? null : box.seal(text.getBytes(StandardCharsets.UTF_8));
    }

    public String openText(byte[] stored) {
        return stored == null ? null : new String(box.open(stored), StandardCharsets.UTF_8);
    }

    /** What is stored to find a case by citizen ID: a keyed hash of the 12 digits, never the number. */
    public byte[] citizenIdHash(String citizenId) {
        return citizenId == null ? null : box.fingerprint("citizen-id", citizenId);
    }
}
