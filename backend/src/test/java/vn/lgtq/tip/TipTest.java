package vn.lgtq.tip;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestUnits;

/** Filing, scope, the protected informant, the export, triage rules, the anonymous flow and the public rate limit. */
@QuarkusTest
class TipTest {
    private static final String INFORMANT = "Lò Văn Bí Mật";

    @Inject
    DataSource dataSource;

    long tk20;
    long tdp1;

    @BeforeEach
    void findHamlets() {
        tk20 = TestUnits.current("04105-TK20");
        tdp1 = TestUnits.current("03646-TDP1");
    }

    @Test
    void theInformantIsEncryptedNeverListedAndRevealedOnlyWithAReason() throws SQLException {
        Map<String, Object> body = tip(tk20, "INFORMANT");
        body.put("informantName", INFORMANT);
        body.put("informantContact", "0912 000 111");
        long id = Callers.hamlet().body(body).post("/api/v1/tips").then().statusCode(201)
                .body("hasInformant", equalTo(true)).body(not(containsString(INFORMANT)))
                .extract().jsonPath().getLong("summary.id");

        String list = Callers.commune().queryParam("size", 200).get("/api/v1/tips").then().statusCode(200)
                .body("items.id", hasItem((int) id)).extract().asString();
        assertFalse(list.contains(INFORMANT) || list.contains("0912 000 111"));
        String detail = Callers.commune().get("/api/v1/tips/" + id).then().statusCode(200).extract().asString();
        assertFalse(detail.contains(INFORMANT));

        byte[] stored = column("SELECT informant_ciphertext FROM tip WHERE id = ?", id);
        assertEquals(List.of(2, 1), List.of((int) stored[0], (int) stored[1]), "format 2, key 1");
        assertFalse(new String(stored, StandardCharsets.UTF_8).contains("Bí Mật"));
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("Mat"));

        Callers.commune().body(Map.of("reason", "")).post("/api/v1/tips/" + id + "/informant-reveal").then()
                .statusCode(400).body("errors[0].field", equalTo("reason"))
                .body("errors.message", hasItem("không được để trống")); // the constraints speak Vietnamese
        Callers.hamlet().body(Map.of("reason", "Cần xác minh thêm")).post("/api/v1/tips/" + id + "/informant-reveal")
                .then().statusCode(403);
        Callers.commune2().body(Map.of("reason", "Cần xác minh thêm")).post("/api/v1/tips/" + id + "/informant-reveal")
                .then().statusCode(404);
        String reason = "Cần gặp người báo tin để lấy lời khai " + UUID.randomUUID();
        Callers.commune().body(Map.of("reason", reason)).post("/api/v1/tips/" + id + "/informant-reveal").then()
                .statusCode(200).body("name", equalTo(INFORMANT)).body("contact", equalTo("0912 000 111"));
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE action = 'REVEAL_INFORMANT' AND entity_id = ?"
                + " AND actor = 'commune' AND detail = '" + reason + "'", String.valueOf(id)));
    }

    @Test
    void officersExportTheirTipsWithoutTheInformantOrTheDescription() throws IOException, SQLException {
        String name = "Đinh Thị Kín Đáo";
        String contact = "0987 654 321";
        Map<String, Object> body = tip(tk20, "INFORMANT");
        body.put("informantName", name);
        body.put("informantContact", contact);
        long id = Callers.hamlet().body(body).post("/api/v1/tips").then().statusCode(201).extract().jsonPath()
                .getLong("summary.id");
        String list = Callers.commune().queryParam("size", 200).get("/api/v1/tips").then().statusCode(200)
                .body("items.id", hasItem((int) id)).extract().asString();
        assertFalse(list.contains(name) || list.contains(contact));
        long exports = count("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND entity_type = 'tip'"
                + " AND actor = ?", "commune");

        byte[] file = Callers.commune().get("/api/v1/tips/export").then().statusCode(200)
                .contentType(allOf(startsWith("text/csv"), containsStringIgnoringCase("charset=UTF-8")))
                .header("Content-Disposition", equalTo("attachment; filename=\"tin-bao.csv\"")).extract().asByteArray();
        String text = new String(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "UTF-8 with a byte order mark");
        assertFalse(text.contains(name) || text.contains(contact) || text.contains("Mất trộm xe máy"), text);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        assertEquals(TipExporter.HEADER, rows.get(0).toList());
        List<String> row = rows.stream().filter(r -> r.get(0).equals(String.valueOf(id))).findFirst()
                .orElseThrow().toList();
        assertEquals(List.of("Tiểu khu 20", "Xã Mai Sơn", "Trộm cắp, cướp giật", "Mới", "",
                "Người cung cấp tin (ghi tên)", "", "0", "Không"), row.subList(3, 12));
        assertTrue(row.get(1).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), row.get(1));
        List<String> received = rows.stream().skip(1).map(r -> r.get(1)).toList();
        assertEquals(received.stream().sorted(Comparator.reverseOrder()).toList(), received, "newest first");
        assertEquals(exports + 1, count("SELECT count(*) FROM audit_event WHERE action = 'EXPORT'"
                + " AND entity_type = 'tip' AND actor = ?", "commune"));

        long maiSon = TestUnits.current("04105");
        assertTrue(exportedIds(Callers.commune().queryParam("unitId", maiSon)).contains(id));
        assertFalse(exportedIds(Callers.commune().queryParam("status", "CLOSED")).contains(id));
        assertFalse(exportedIds(Callers.commune2()).contains(id));
        Callers.commune2().queryParam("unitId", maiSon).get("/api/v1/tips/export").then().statusCode(404)
                .contentType("application/problem+json");
        Callers.group().get("/api/v1/tips/export").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:lgtq:problem:forbidden"));
        Callers.hamlet().get("/api/v1/tips/export").then().statusCode(403);
        given().get("/api/v1/tips/export").then().statusCode(401);
    }

    private static List<Long> exportedIds(RequestSpecification caller) throws IOException {
        String text = caller.get("/api/v1/tips/export").then().statusCode(200).extract().asString();
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).stream().skip(1)
                .map(r -> Long.valueOf(r.get(0))).toList();
    }

    @Test
    void officersSeeTipsOfTheirCommuneAndReportersOnlyTheirOwn() {
        long id = Callers.hamlet().body(tip(tk20, "SELF")).post("/api/v1/tips").then().statusCode(201)
                .extract().jsonPath().getLong("summary.id");
        Callers.commune().get("/api/v1/tips/" + id).then().statusCode(200).body("summary.primaryUnitName",
                equalTo("Xã Mai Sơn"));
        Callers.province().get("/api/v1/tips/" + id).then().statusCode(200);
        Callers.commune2().get("/api/v1/tips/" + id).then().statusCode(404).contentType("application/problem+json");
        Callers.integration().get("/api/v1/tips").then().statusCode(403);
        Callers.integration().get("/api/v1/tips/" + id).then().statusCode(403);
        Callers.commune2().queryParam("size", 200).get("/api/v1/tips").then().body("items.id", not(hasItem((int) id)));
        Callers.hamlet().get("/api/v1/tips").then().statusCode(200).body("items.id", hasItem((int) id));
        // Another user of the same hamlet sees the status of their own tips only.
        Callers.group().get("/api/v1/tips/" + id).then().statusCode(404);
        Callers.integration().body(tip(tk20, "SELF")).post("/api/v1/tips").then().statusCode(403);
        Callers.hamlet().body(tip(tdp1, "SELF")).post("/api/v1/tips").then().statusCode(400)
                .body("errors[0].field", equalTo("hamletId"));
        given().get("/api/v1/tips").then().statusCode(401);
    }

    @Test
    void triageFollowsTheStatesAndCreditsResultsToTheUnit() {
        long maiSon = TestUnits.current("04105");
        JsonPath before = Callers.commune().get("/api/v1/units/" + maiSon + "/tip-figures").then().statusCode(200)
                .extract().jsonPath();
        JsonPath tip = Callers.hamlet().body(tip(tk20, "ANONYMOUS")).post("/api/v1/tips").then().statusCode(201)
                .extract().jsonPath();
        long id = tip.getLong("summary.id");
        long version = tip.getLong("summary.version");

        Callers.commune().body(transition("ACTIONED", null, version)).post("/api/v1/tips/" + id + "/transitions")
                .then().statusCode(409).body("type", equalTo("urn:lgtq:problem:invalid-transition"));
        Callers.hamlet().body(transition("VERIFYING", null, version)).post("/api/v1/tips/" + id + "/transitions")
                .then().statusCode(403);
        version = step(id, transition("VERIFYING", null, version));
        Callers.commune().body(transition("VERIFYING", null, version - 1)).post("/api/v1/tips/" + id + "/transitions")
                .then().statusCode(409).body("type", equalTo("urn:lgtq:problem:stale-version"));
        Callers.commune().body(transition("CLOSED", null, version)).post("/api/v1/tips/" + id + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("outcome"));
        version = step(id, transition("ACTIONED", null, version));
        version = Callers.commune().body(Map.of("arrestsOrCases", 1, "handedToAgency", "Công an huyện",
                "version", version)).post("/api/v1/tips/" + id + "/results").then().statusCode(200)
                .body("arrestsOrCases", equalTo(1)).extract().jsonPath().getLong("summary.version");
        version = step(id, transition("CLOSED", "CONFIRMED", version));
        Callers.commune().body(transition("VERIFYING", null, version)).post("/api/v1/tips/" + id + "/transitions")
                .then().statusCode(409);
        Callers.commune().get("/api/v1/tips/" + id).then().body("summary.outcome", equalTo("CONFIRMED"))
                .body("events.kind", hasItem("RESULT")).body("events.find { it.toStatus == 'CLOSED' }.actor",
                        equalTo("commune"));

        JsonPath after = Callers.commune().get("/api/v1/units/" + maiSon + "/tip-figures").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(before.getLong("total") + 1, after.getLong("total"));
        assertEquals(before.getLong("arrestsOrCases") + 1, after.getLong("arrestsOrCases"));
        assertEquals(count(before, "byOutcome.CONFIRMED") + 1, count(after, "byOutcome.CONFIRMED"));
        Callers.hamlet().get("/api/v1/units/" + maiSon + "/tip-figures").then().statusCode(403);
        Callers.commune2().get("/api/v1/units/" + maiSon + "/tip-figures").then().statusCode(404);
    }

    @Test
    void aDuplicateNamesTheOriginal() {
        long original = Callers.hamlet().body(tip(tk20, "SELF")).post("/api/v1/tips").jsonPath().getLong("summary.id");
        JsonPath dup = Callers.hamlet().body(tip(tk20, "SELF")).post("/api/v1/tips").jsonPath();
        long id = dup.getLong("summary.id");
        Callers.commune().body(transition("CLOSED", "DUPLICATE", dup.getLong("summary.version")))
                .post("/api/v1/tips/" + id + "/transitions").then().statusCode(400)
                .body("errors[0].field", equalTo("duplicateOfId"));
        Map<String, Object> close = transition("CLOSED", "DUPLICATE", dup.getLong("summary.version"));
        close.put("duplicateOfId", original);
        Callers.commune().body(close).post("/api/v1/tips/" + id + "/transitions").then().statusCode(200)
                .body("duplicateOfId", equalTo((int) original));
    }

    @Test
    void forwardingHandsTheTipToAnotherCommuneAndKeepsACopy() {
        JsonPath tip = Callers.hamlet().body(tip(tk20, "SELF")).post("/api/v1/tips").jsonPath();
        long id = tip.getLong("summary.id");
        long toHieu = TestUnits.current("03646");
        Callers.commune().body(Map.of("primaryUnitId", toHieu, "comment", "Đối tượng cư trú ở phường Tô Hiệu",
                "version", tip.getLong("summary.version"))).post("/api/v1/tips/" + id + "/forwarding").then()
                .statusCode(200).body("summary.primaryUnitId", equalTo((int) toHieu));
        long version = Callers.commune2().get("/api/v1/tips/" + id).then().statusCode(200).extract().jsonPath()
                .getLong("summary.version");
        Callers.commune().get("/api/v1/tips/" + id).then().statusCode(200);
        Callers.commune().body(transition("VERIFYING", null, version)).post("/api/v1/tips/" + id + "/transitions")
                .then().statusCode(403);
        Callers.commune2().body(transition("VERIFYING", null, version)).post("/api/v1/tips/" + id + "/transitions")
                .then().statusCode(200);
    }

    @Test
    void theInboxCountsUnreadAndOverdueTips() throws SQLException {
        Callers.hamlet().body(tip(tk20, "SELF")).post("/api/v1/tips").then().statusCode(201);
        long id = Callers.hamlet().body(tip(tk20, "SELF")).post("/api/v1/tips").jsonPath().getLong("summary.id");
        int unread = Callers.commune().get("/api/v1/tips/inbox").then().statusCode(200).extract().jsonPath()
                .getInt("unread");
        assertTrue(unread >= 2);
        Callers.commune().post("/api/v1/tips/" + id + "/read").then().statusCode(204);
        Callers.commune().get("/api/v1/tips/inbox").then().body("unread", equalTo(unread - 1));
        Callers.commune().get("/api/v1/tips/" + id).then().body("summary.unread", equalTo(false))
                .body("summary.overdue", equalTo(false));

        update("UPDATE tip SET created_at = now() - interval '3 days' WHERE id = ?", id);
        Callers.commune().queryParam("overdue", true).queryParam("size", 200).get("/api/v1/tips").then()
                .body("items.id", hasItem((int) id)).body("items.find { it.id == " + id + " }.overdue", equalTo(true));
        Callers.commune().get("/api/v1/tips/inbox").then().body("overdue", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        Callers.hamlet().get("/api/v1/tips/inbox").then().statusCode(403);
    }

    @Test
    void aCitizenFilesAnonymouslyAndTalksWithTheOfficerThroughTheCode() throws SQLException {
        RequestSpecification citizen = given().contentType("application/json").header("X-Forwarded-For", freshAddress());
        String code = citizen.body(Map.of("hamletId", tk20, "category", "DRUGS",
                "description", "Có người lạ bán ma túy gần chợ")).post("/api/v1/public/tips").then().statusCode(201)
                .body("status", equalTo("NEW")).extract().jsonPath().getString("trackingCode");
        assertTrue(code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{3}"), code);

        long id = Callers.commune().queryParam("size", 200).queryParam("status", "NEW").get("/api/v1/tips").then()
                .extract().jsonPath().getLong("items.find { it.source == 'CITIZEN' && it.category == 'DRUGS' }.id");
        assertEquals(0, count("SELECT count(*) FROM tip WHERE id = " + id + " AND tracking_code_hash::text LIKE ?",
                "%" + code.replace("-", "") + "%"));
        Callers.commune().body(Map.of("text", "Người đó mặc áo màu gì?")).post("/api/v1/tips/" + id + "/messages")
                .then().statusCode(200);

        given().header("X-Forwarded-For", freshAddress()).get("/api/v1/public/tips/" + code.toLowerCase()).then()
                .statusCode(200).body("hamletName", equalTo("Tiểu khu 20"))
                .body("messages.find { it.kind == 'QUESTION' }.text", equalTo("Người đó mặc áo màu gì?"))
                .body("messages.find { it.kind == 'QUESTION' }.from", equalTo("POLICE"))
                .body(not(containsString("\"commune\"")));
        given().contentType("application/json").header("X-Forwarded-For", freshAddress())
                .body(Map.of("text", "Áo khoác màu xanh")).post("/api/v1/public/tips/" + code + "/messages").then()
                .statusCode(200).body("messages.text", hasItem("Áo khoác màu xanh"));
        Callers.commune().get("/api/v1/tips/" + id).then()
                .body("events.find { it.kind == 'REPORTER_MESSAGE' }.comment", equalTo("Áo khoác màu xanh"))
                .body("events.find { it.kind == 'REPORTER_MESSAGE' }.actor", equalTo(null));
        given().header("X-Forwarded-For", freshAddress()).get("/api/v1/public/tips/AAAA-BBBB-CCCC-DDD").then()
                .statusCode(404).contentType("application/problem+json");
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE entity_type = 'tip' AND entity_id = ?"
                + " AND actor = 'citizen' AND action = 'CREATE'", String.valueOf(id)));
    }

    @Test
    void thePublicEndpointsAreRateLimitedPerClient() {
        String address = freshAddress();
        int status = 200;
        // twice the budget of a minute and more: the window may turn while the loop runs
        for (int i = 0; i < 90 && status != 429; i++) {
            status = given().header("X-Forwarded-For", address).queryParam("q", "mai son")
                    .get("/api/v1/public/units").statusCode();
        }
        assertEquals(429, status);
        given().header("X-Forwarded-For", address).queryParam("q", "mai son").get("/api/v1/public/units").then()
                .statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("type", equalTo("urn:lgtq:problem:too-many-requests"));
        given().header("X-Forwarded-For", freshAddress()).queryParam("q", "mai son").get("/api/v1/public/units").then()
                .statusCode(200).body("name", hasItem("Xã Mai Sơn"));
    }

    @Test
    void exportedCellsThatStartLikeAFormulaGetAnApostrophe() throws IOException {
        RequestSpecification officer = Callers.as("chiengcoi", "03670", "commune-officer");
        long hamlet = TestUnits.hamlet(TestUnits.current("03670"), "=Bản Công Thức").getLong("id");
        Map<String, Object> body = tip(hamlet, "INFORMANT");
        body.put("informantName", INFORMANT);
        long id = officer.body(body).post("/api/v1/tips").then().statusCode(201).extract()
                .jsonPath().getLong("summary.id");
        String text = new String(Callers.as("chiengcoi", "03670", "commune-officer").get("/api/v1/tips/export")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> row = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords().stream()
                .filter(r -> r.get(0).equals(String.valueOf(id))).findFirst().orElseThrow().toList();
        assertEquals("'=Bản Công Thức", row.get(3));
    }

    private static Map<String, Object> tip(long hamletId, String source) {
        Map<String, Object> body = new HashMap<>();
        body.put("hamletId", hamletId);
        body.put("category", "THEFT_ROBBERY");
        body.put("description", "Mất trộm xe máy ở đầu ngõ");
        body.put("locationText", "Ngõ 3, đường Chu Văn Thịnh");
        body.put("source", source);
        return body;
    }

    private static Map<String, Object> transition(String to, String outcome, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        body.put("outcome", outcome);
        body.put("version", version);
        return body;
    }

    private static long step(long id, Map<String, Object> transition) {
        return Callers.commune().body(transition).post("/api/v1/tips/" + id + "/transitions").then().statusCode(200)
                .body("summary.status", equalTo(transition.get("to"))).extract().jsonPath().getLong("summary.version");
    }

    private static long count(JsonPath figures, String path) {
        Object value = figures.get(path);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static final java.util.concurrent.atomic.AtomicInteger CLIENTS = new java.util.concurrent.atomic.AtomicInteger();

    /** A client address of its own, so that each test has its own rate-limit budget. */
    private static String freshAddress() {
        int n = CLIENTS.incrementAndGet();
        return "10.77." + n / 250 + "." + (1 + n % 250);
    }

    private byte[] column(String sql, long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBytes(1);
            }
        }
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private void update(String sql, long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }
}
