package vn.lgtq.tip;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import vn.lgtq.crypto.SealedBox;
import vn.lgtq.crypto.SealedColumn;
import vn.lgtq.crypto.SealedColumns;
import vn.lgtq.crypto.SealedValues;

/** The informant's identity, sealed with {@link SealedBox} under the tips' informant keys, bound to its tip. */
@Startup // a key setting that is wrong stops the start, not the first request that needs it
@ApplicationScoped
public class InformantCipher implements SealedColumns {
    public record Informant(String name, String contact) {
    }

    private final SealedBox box;
    private final ObjectMapper json;
    private final SealedColumn column;

    @Inject
    InformantCipher(TipConfig config, ObjectMapper json) {
        this(SealedBox.of(config.informantKey(), config.informantKeys(), config.informantKeyId(),
                "lgtq.tips.informant-key(s)"), json);
    }

    /** Under other keys (tests of the rotation). */
    public InformantCipher(SealedBox box, ObjectMapper json) {
        this.box = box;
        this.json = json;
        this.column = SealedColumn.of("tip", "informant_ciphertext", box);
    }

    public byte[] encrypt(Informant informant, long tipId) {
        try {
            return box.seal(json.writeValueAsBytes(informant), column.place(tipId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Encrypting the informant failed", e);
        }
    }

    public Informant decrypt(byte[] stored, long tipId) {
        byte[] plain = SealedValues.open(box, stored, column.place(tipId));
        try {
            return json.readValue(plain, Informant.class);
        } catch (IOException e) {
            throw new IllegalStateException("Reading the informant failed", e);
        }
    }

    @Override
    public List<SealedColumn> sealedColumns() {
        return List.of(column);
    }
}
