package vn.lgtq.tip;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.lgtq.crypto.SealedBox;

/** The informant's identity, sealed with {@link SealedBox} under the tips' informant key. */
@ApplicationScoped
public class InformantCipher {
    public record Informant(String name, String contact) {
    }

    private final SealedBox box;

    @Inject
    ObjectMapper json;

    InformantCipher(TipConfig config) {
        box = new SealedBox(config.informantKey(), "lgtq.tips.informant-key");
    }

    public byte[] encrypt(Informant informant) {
        try {
            return box.seal(json.writeValueAsBytes(informant));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Encrypting the informant failed", e);
        }
    }

    public Informant decrypt(byte[] stored) {
        try {
            return json.readValue(box.open(stored), Informant.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Decrypting the informant failed", e);
        }
    }
}
