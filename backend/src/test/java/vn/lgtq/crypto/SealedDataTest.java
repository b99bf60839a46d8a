package vn.lgtq.crypto;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.lgtq.reintegration.ReintegrationCipher;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestUnits;
import vn.lgtq.tip.InformantCipher;

/**
 * Sealed values on the real database: tampered or moved ones answer a clean error; a rotation moves every value
 * (old format included) to a new key, after which the old key can go and the citizen ID search still finds.
 */
@QuarkusTest
class SealedDataTest {
    /** The keys of application.properties' %test profile: key 1 of each. */
    private static final String INFORMANT_KEY = "BYOOq9zLtCIFw2fbzm64BE7SbEgzf9DDPxyjgX0QB9U=";
    private static final String REINTEGRATION_KEY = "q3Jm8d1uPZ0hC6Jk0n2Vw1yXfQy5b7m9T4sR2uA8eLc=";
    private static final String NEW_INFORMANT_KEY = "3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhs=";
    private static final String NEW_REINTEGRATION_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final String CASES = "/api/v1/reintegration-cases";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    KeyRotation rotation;

    @Test
    void aTamperedOrMovedValueAnswersACleanErrorAndLeaksNothing() throws Exception {
        String first = citizenId();
        long a = openCase(first, null);
        long b = openCase(citizenId(), null);
        long tip = tipWithInformant("Lò Thị Kín Đáo");
        byte[] bIdentity = column("reintegration_case", "identity_ciphertext", b);
        byte[] informant = column("tip", "informant_ciphertext", tip);
        try {
            // A's identity copied into B's row: a valid ciphertext under the right key, but bound to row A.
            set("reintegration_case", "identity_ciphertext", b, column("reintegration_case", "identity_ciphertext", a));
            String answer = Callers.commune().get(CASES + "/" + b).then().statusCode(500)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:lgtq:problem:sealed-data-unreadable")).extract().asString();
            assertFalse(answer.contains("Lò Văn") || answer.contains(first) || answer.contains("Exception"), answer);
            Callers.commune().get(CASES + "/" + a).then().statusCode(200).body("citizenId", equalTo(first));

            byte[] flipped = informant.clone();
            flipped[flipped.length - 5] ^= 1;
            set("tip", "informant_ciphertext", tip, flipped);
            answer = Callers.commune().body(Map.of("reason", "Cần xác minh")).post("/api/v1/tips/" + tip
                    + "/informant-reveal").then().statusCode(500).contentType("application/problem+json")
                    .body("type", equalTo("urn:lgtq:problem:sealed-data-unreadable")).extract().asString();
            assertFalse(answer.contains("Kín Đáo") || answer.contains("AEADBadTag"), answer);
        } finally {
            set("reintegration_case", "identity_ciphertext", b, bIdentity);
            set("tip", "informant_ciphertext", tip, informant);
        }
        Callers.commune().get(CASES + "/" + b).then().statusCode(200);
        Callers.commune().body(Map.of("reason", "Cần xác minh")).post("/api/v1/tips/" + tip + "/informant-reveal")
                .then().statusCode(200).body("name", equalTo("Lò Thị Kín Đáo"));
    }

    @Test
    void aRotationMovesEveryValueToTheNewKeySoTheOldKeyCanBeRemoved() throws Exception {
        // Data as it was before key ids: format 1 under the master key, the citizen ID hashed with the master key.
        String legacyId = citizenId();
        long legacy = openCase(legacyId, "Ghi chú cũ");
        set("reintegration_case", "identity_ciphertext", legacy, SealedBoxTest.legacySeal(REINTEGRATION_KEY,
                json.writeValueAsBytes(new ReintegrationCipher.Identity("Lò Văn Cũ", 1985, legacyId))));
        set("reintegration_case", "history_ciphertext", legacy, SealedBoxTest.legacySeal(REINTEGRATION_KEY,
                "Lịch sử cũ".getBytes(StandardCharsets.UTF_8)));
        set("reintegration_case", "citizen_id_hash", legacy,
                SealedBoxTest.legacyFingerprint(REINTEGRATION_KEY, "citizen-id", legacyId));
        long legacyTip = tipWithInformant("Người Báo Cũ");
        set("tip", "informant_ciphertext", legacyTip, SealedBoxTest.legacySeal(INFORMANT_KEY,
                json.writeValueAsBytes(new InformantCipher.Informant("Người Báo Cũ", null))));
        // And data written today under key 1.
        String currentId = citizenId();
        long current = openCase(currentId, "Đang đi làm");
        Callers.commune().queryParam("citizenId", legacyId).get(CASES).then().statusCode(200)
                .body("items.id", hasItem((int) legacy));

        try {
            use(Optional.of(INFORMANT_KEY), List.of("2:" + NEW_INFORMANT_KEY), Optional.of(REINTEGRATION_KEY),
                    List.of("2:" + NEW_REINTEGRATION_KEY), 2);
            // During the rotation both keys open and the search finds rows under either key.
            Callers.commune().queryParam("citizenId", legacyId).get(CASES).then().statusCode(200)
                    .body("items.id", hasItem((int) legacy));
            rotation.rotate();
            for (long id : List.of(legacy, current)) {
                assertEquals(2, keyId(column("reintegration_case", "identity_ciphertext", id)));
                assertEquals(2, keyId(column("reintegration_case", "history_ciphertext", id)));
            }
            assertEquals(2, keyId(column("tip", "informant_ciphertext", legacyTip)));
            assertEquals(0, count("SELECT count(*) FROM reintegration_contact WHERE case_id IN (?, ?)"
                    + " AND substring(notes_ciphertext from 1 for 2) <> '\\x0202'::bytea", legacy, current));
            assertEquals(0, rotation.rotate().rewritten(), "a second run finds nothing left to do");

            // Key 1 removed from the configuration: everything still reads, the search finds by citizen ID.
            use(Optional.empty(), List.of("2:" + NEW_INFORMANT_KEY), Optional.empty(),
                    List.of("2:" + NEW_REINTEGRATION_KEY), 2);
            Callers.commune().get(CASES + "/" + legacy).then().statusCode(200).body("personName", equalTo("Lò Văn Cũ"))
                    .body("citizenId", equalTo(legacyId)).body("history", equalTo("Lịch sử cũ"))
                    .body("contacts[0].notes", equalTo("Ghi chú cũ"));
            Callers.commune().get(CASES + "/" + current).then().statusCode(200).body("citizenId", equalTo(currentId))
                    .body("contacts[0].notes", equalTo("Đang đi làm"));
            for (var found : Map.of(legacyId, legacy, currentId, current).entrySet()) {
                Callers.commune().queryParam("citizenId", found.getKey()).get(CASES).then().statusCode(200)
                        .body("total", equalTo(1)).body("items[0].id", equalTo(found.getValue().intValue()));
            }
            Callers.commune().body(Map.of("reason", "Cần xác minh")).post("/api/v1/tips/" + legacyTip
                    + "/informant-reveal").then().statusCode(200).body("name", equalTo("Người Báo Cũ"));
        } finally {
            // Back to key 1, which the rest of the tests are configured with.
            use(Optional.of(INFORMANT_KEY), List.of("2:" + NEW_INFORMANT_KEY), Optional.of(REINTEGRATION_KEY),
                    List.of("2:" + NEW_REINTEGRATION_KEY), 1);
            rotation.rotate();
        }
        assertEquals(1, keyId(column("reintegration_case", "identity_ciphertext", legacy)));
    }

    /** The application's ciphers under these keys, until the end of the test method. */
    private void use(Optional<String> informantKey, List<String> informantKeys, Optional<String> reintegrationKey,
            List<String> reintegrationKeys, int current) {
        QuarkusMock.installMockForType(new InformantCipher(SealedBox.of(informantKey, Optional.of(informantKeys),
                current, "informant"), json), InformantCipher.class);
        QuarkusMock.installMockForType(new ReintegrationCipher(SealedBox.of(reintegrationKey,
                Optional.of(reintegrationKeys), current, "reintegration"), json), ReintegrationCipher.class);
    }

    private long openCase(String citizenId, String contactNotes) {
        long hamlet = TestUnits.current("04105-TK20");
        long group = Callers.commune().queryParam("unitId", hamlet).get("/api/v1/groups").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.number == 1 }.id");
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", "Lò Văn Khoá " + citizenId.substring(8));
        body.put("birthYear", 1990);
        body.put("citizenId", citizenId);
        body.put("hamletId", hamlet);
        body.put("groupId", group);
        body.put("category", "AFTER_COMPULSORY_REHAB");
        body.put("startedOn", LocalDate.now().toString());
        body.put("supportLevel", "LOW");
        body.put("history", "Cai nghiện 2024");
        long id = Callers.commune().body(body).post(CASES).then().statusCode(201).extract().jsonPath().getLong("id");
        if (contactNotes != null) {
            Callers.commune().body(Map.of("contactedOn", LocalDate.now().toString(), "method", "VISIT", "result", "MET",
                    "notes", contactNotes)).post(CASES + "/" + id + "/contacts").then().statusCode(200);
        }
        return id;
    }

    private static long tipWithInformant(String name) {
        Map<String, Object> tip = new HashMap<>(Map.of("hamletId", TestUnits.current("04105-TK20"),
                "category", "OTHER", "description", "Có người lạ", "source", "INFORMANT"));
        tip.put("informantName", name);
        return Callers.hamlet().body(tip).post("/api/v1/tips").then().statusCode(201).extract().jsonPath()
                .getLong("summary.id");
    }

    private static String citizenId() {
        return "0159" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static int keyId(byte[] stored) {
        assertEquals(SealedBox.FORMAT, stored[0], "format 2");
        return stored[1] & 0xFF;
    }

    private byte[] column(String table, String column, long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT " + column + " FROM " + table + " WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    private void set(String table, String column, long id, byte[] value) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
            s.setBytes(1, value);
            s.setLong(2, id);
            assertEquals(1, s.executeUpdate());
        }
    }

    private long count(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
