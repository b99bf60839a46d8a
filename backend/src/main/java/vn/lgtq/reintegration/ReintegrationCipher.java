package vn.lgtq.reintegration;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.lgtq.crypto.SealedBox;
import vn.lgtq.crypto.SealedColumn;
import vn.lgtq.crypto.SealedColumns;
import vn.lgtq.crypto.SealedValues;

/**
 * Seals who the person is, their history and contact notes under the reintegration keys, each value bound to its
 * table, column and row.
 */
@Startup // a key setting that is wrong stops the start, not the first request that needs it
@ApplicationScoped
public class ReintegrationCipher implements SealedColumns {
    public record Identity(String name, Integer birthYear, String citizenId) {
    }

    /** The sealed text columns. */
    public enum Text {
        HISTORY("reintegration_case", "history_ciphertext"),
        CONTACT_NOTES("reintegration_contact", "notes_ciphertext"),
        STATUS_NOTE("reintegration_status_event", "note_ciphertext");

        final String table;
        final String column;

        Text(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    private static final String CITIZEN_ID = "citizen-id";

    private final SealedBox box;
    private final ObjectMapper json;

    @Inject
    ReintegrationCipher(ReintegrationConfig config, ObjectMapper json) {
        this(SealedBox.of(config.key(), config.keys(), config.keyId(), "lgtq.reintegration.key(s)"), json);
    }

    /** Under other keys (tests of the rotation). */
    public ReintegrationCipher(SealedBox box, ObjectMapper json) {
        this.box = box;
        this.json = json;
    }

    public byte[] seal(Identity identity, long caseId) {
        try {
            return box.seal(json.writeValueAsBytes(identity), identityPlace(caseId));
        } catch (IOException e) {
            throw new UncheckedIOException("Encrypting the identity failed", e);
        }
    }

    public Identity open(byte[] stored, long caseId) {
        return identity(SealedValues.open(box, stored, identityPlace(caseId)));
    }

    public byte[] sealText(String text, Text column, long rowId) {
        return text == null ? null
                : box.seal(text.getBytes(StandardCharsets.UTF_8), new SealedBox.Place(column.table, column.column, rowId));
    }

    public String openText(byte[] stored, Text column, long rowId) {
        return stored == null ? null : new String(SealedValues.open(box, stored,
                new SealedBox.Place(column.table, column.column, rowId)), StandardCharsets.UTF_8);
    }

    /** What is stored to find a case by citizen ID: a keyed hash of the 12 digits (current index key), never the number. */
    public byte[] citizenIdHash(String citizenId) {
        return citizenId == null ? null : box.fingerprint(CITIZEN_ID, citizenId);
    }

    /** The hashes to search for: under every configured key, so that cases not yet rotated are found too. */
    public List<byte[]> citizenIdHashes(String citizenId) {
        return box.fingerprints(CITIZEN_ID, citizenId);
    }

    @Override
    public List<SealedColumn> sealedColumns() {
        return List.of(
                new SealedColumn("reintegration_case", "identity_ciphertext", box, "citizen_id_hash",
                        plain -> citizenIdHash(identity(plain).citizenId())),
                column(Text.HISTORY), column(Text.CONTACT_NOTES), column(Text.STATUS_NOTE));
    }

    private SealedColumn column(Text text) {
        return SealedColumn.of(text.table, text.column, box);
    }

    private static SealedBox.Place identityPlace(long caseId) {
        return new SealedBox.Place("reintegration_case", "identity_ciphertext", caseId);
    }

    private Identity identity(byte[] plain) {
        try {
            return json.readValue(plain, Identity.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the identity failed", e);
        }
    }
}
