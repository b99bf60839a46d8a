package vn.lgtq.reintegration;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
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
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestHouseholds;
import vn.lgtq.testing.TestRegisters;
import vn.lgtq.testing.TestUnits;

/** Need-to-know views, break-glass, ciphertext at rest, audited reads, handover, the contact schedule and figures. */
@QuarkusTest
class ReintegrationTest {
    private static final String HISTORY = "Cai nghiện bắt buộc 2023, viêm gan B";
    private static final String PATH = "/api/v1/reintegration-cases";

    @Inject
    DataSource dataSource;

    long tk20;
    long groupOne;
    long groupTwo;
    List<Long> inOne;

    @BeforeEach
    void findDemoData() {
        tk20 = TestUnits.current("04105-TK20");
        List<Map<String, Object>> groups = Callers.commune().queryParam("unitId", tk20).get("/api/v1/groups")
                .then().statusCode(200).extract().jsonPath().getList("items");
        groupOne = idOfNumber(groups, 1);
        groupTwo = idOfNumber(groups, 2);
        inOne = Callers.commune().get("/api/v1/groups/" + groupOne).then().statusCode(200).extract().jsonPath()
                .getList("households.id", Long.class);
    }

    @Test
    void leadersGetAReducedViewWithoutTheSensitiveKeys() {
        String citizenId = freshCitizenId();
        long id = open(Callers.commune(), tk20, groupOne, citizenId, "HIGH", LocalDate.now().minusDays(3));
        Callers.commune().get(PATH + "/" + id).then().statusCode(200).body("view", equalTo("FULL"))
                .body("category", equalTo("AFTER_COMPULSORY_REHAB")).body("history", equalTo(HISTORY))
                .body("citizenId", equalTo(citizenId)).body("birthYear", equalTo(1990))
                .body("helpers.size()", equalTo(2)).body("helpers[0].commitmentSignedOn", notNullValue());

        for (RequestSpecification leader : List.of(Callers.group(), Callers.hamlet())) {
            leader.get(PATH + "/" + id).then().statusCode(200).body("view", equalTo("REDUCED"))
                    .body("personName", equalTo("Lò Văn Về " + citizenId.substring(8)))
                    .body("$", not(hasKey("category"))).body("$", not(hasKey("history")))
                    .body("$", not(hasKey("citizenId"))).body("$", not(hasKey("birthYear")));
            String list = leader.queryParam("size", 200).get(PATH).then().statusCode(200)
                    .body("items.id", hasItem((int) id)).extract().asString();
            assertFalse(list.contains("\"category\"") || list.contains("AFTER_COMPULSORY_REHAB")
                    || list.contains(HISTORY) || list.contains("\"citizenId\""), list);
        }
        Callers.group().body(contact(LocalDate.now(), "Đang làm phụ hồ")).post(PATH + "/" + id + "/contacts").then()
                .statusCode(200).body("view", equalTo("REDUCED")).body("lastContactOn", equalTo(LocalDate.now().toString()))
                .body("contacts[0].recordedBy", equalTo("group")).body("contacts[0]", not(hasKey("notes")));
        Callers.commune().get(PATH + "/" + id).then().body("contacts[0].notes", equalTo("Đang làm phụ hồ"))
                .body("nextContactDue", equalTo(LocalDate.now().plusDays(14).toString()));

        long other = open(Callers.commune(), tk20, groupTwo, freshCitizenId(), "LOW", LocalDate.now());
        Callers.group().get(PATH + "/" + other).then().statusCode(404);
        Callers.group().body(contact(LocalDate.now(), null)).post(PATH + "/" + other + "/contacts").then().statusCode(404);
        Callers.group().body(body(tk20, groupOne, freshCitizenId(), "LOW", LocalDate.now())).post(PATH).then()
                .statusCode(403);
        Callers.integration().get(PATH).then().statusCode(403);
        Callers.integration().get(PATH + "/" + id).then().statusCode(403);
        Callers.commune2().get(PATH + "/" + id).then().statusCode(404);
    }

    /** The leader account is free text: a group elsewhere naming the same account gives its leader nothing there. */
    @Test
    void aGroupLeaderSeesOnlyCasesOfGroupsInItsOwnUnit() {
        TestRegisters.Hamlet elsewhere = TestRegisters.hamlet("03646", "Tổ dân phố");
        long foreignGroup = TestRegisters.group(elsewhere, 1, "group", null);
        long id = open(Callers.commune2(), elsewhere.id(), foreignGroup, freshCitizenId(), "LOW", LocalDate.now());
        Callers.group().get(PATH + "/" + id).then().statusCode(404);
        Callers.group().queryParam("size", 200).get(PATH).then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        Callers.group().body(contact(LocalDate.now(), null)).post(PATH + "/" + id + "/contacts").then().statusCode(404);
        Callers.group().get("/api/v1/groups/" + foreignGroup).then().statusCode(404);
        Callers.group().queryParam("size", 200).get("/api/v1/groups").then().statusCode(200)
                .body("items.id", not(hasItem((int) foreignGroup)));
        TestRegisters.groupLeader(elsewhere, "group").get(PATH + "/" + id).then().statusCode(200)
                .body("view", equalTo("REDUCED"));
    }

    @Test
    void sensitiveFieldsAreCiphertextAtRestAndEveryFullReadIsAudited() throws SQLException {
        String citizenId = freshCitizenId();
        long id = open(Callers.commune(), tk20, groupOne, citizenId, "MEDIUM", LocalDate.now());
        Callers.commune().body(contact(LocalDate.now(), "Sức khỏe ổn định")).post(PATH + "/" + id + "/contacts").then()
                .statusCode(200);
        for (String column : List.of("identity_ciphertext", "history_ciphertext", "citizen_id_hash")) {
            byte[] stored = bytes("SELECT " + column + " FROM reintegration_case WHERE id = ?", id);
            String text = new String(stored, StandardCharsets.UTF_8) + new String(stored, StandardCharsets.ISO_8859_1);
            assertFalse(text.contains(citizenId) || text.contains("Lò Văn") || text.contains("viêm gan")
                    || text.contains("Cai nghi"), column);
        }
        byte[] notes = bytes("SELECT notes_ciphertext FROM reintegration_contact WHERE case_id = ?", id);
        assertFalse(new String(notes, StandardCharsets.UTF_8).contains("Sức khỏe"));

        long before = count("SELECT count(*) FROM audit_event WHERE action = 'READ_FULL' AND entity_id = ?", id);
        Callers.commune().get(PATH + "/" + id).then().statusCode(200);
        Callers.province().get(PATH + "/" + id).then().statusCode(200);
        Callers.group().get(PATH + "/" + id).then().statusCode(200);
        assertEquals(before + 2, count("SELECT count(*) FROM audit_event WHERE action = 'READ_FULL' AND entity_id = ?", id),
                "two full reads by officers; the leader's reduced read is not a full read");
    }

    @Test
    void breakingTheGlassNeedsAReasonExpiresAndIsAudited() throws SQLException {
        String citizenId = freshCitizenId();
        long id = open(Callers.commune(), tk20, groupOne, citizenId, "LOW", LocalDate.now());
        Callers.commune2().get(PATH + "/" + id).then().statusCode(404);
        Callers.commune2().queryParam("citizenId", citizenId).get(PATH).then().statusCode(200).body("total", equalTo(0));

        Callers.commune2().body(Map.of("citizenId", citizenId, "reason", "")).post(PATH + "/break-glass").then()
                .statusCode(400);
        Callers.commune2().body(Map.of("citizenId", citizenId, "reason", "ngắn")).post(PATH + "/break-glass").then()
                .statusCode(400);
        Callers.group().body(Map.of("citizenId", citizenId, "reason", "Người này đang ở địa bàn"))
                .post(PATH + "/break-glass").then().statusCode(403);
        long searches = count("SELECT count(*) FROM audit_event WHERE action = 'BREAK_GLASS_SEARCH' AND actor = ?",
                "commune2");
        Callers.commune2().body(Map.of("citizenId", "000000000000", "reason", "Người này đang ở địa bàn"))
                .post(PATH + "/break-glass").then().statusCode(404);
        assertEquals(searches + 1, count("SELECT count(*) FROM audit_event WHERE action = 'BREAK_GLASS_SEARCH'"
                + " AND actor = ?", "commune2"), "a search that finds nothing is audited too");

        String reason = "Người này đang tạm trú tại phường, cần nắm tình hình " + id;
        Callers.commune2().body(Map.of("citizenId", citizenId, "reason", reason)).post(PATH + "/break-glass").then()
                .statusCode(200).body("caseIds", equalTo(List.of((int) id))).body("expiresAt", notNullValue());
        Callers.commune2().get(PATH + "/" + id).then().statusCode(200).body("view", equalTo("FULL"))
                .body("history", equalTo(HISTORY)).body("manageable", equalTo(false));
        Callers.commune().get(PATH + "/" + id).then().body("manageable", equalTo(true));
        Callers.commune2().body(contact(LocalDate.now(), null)).post(PATH + "/" + id + "/contacts").then()
                .statusCode(403);
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE action = 'BREAK_GLASS' AND actor = 'commune2'"
                + " AND entity_id = ? AND detail = '" + reason + "'", id));
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE action = 'READ_BREAK_GLASS' AND entity_id = ?", id));

        JsonPath accesses = Callers.province().queryParam("size", 200).get(PATH + "/break-glass-accesses").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(accesses.getList("items.reason").contains(reason));
        Callers.commune().get(PATH + "/break-glass-accesses").then().statusCode(403);
        List<String> hanoi = Callers.as("hanoi", "01", "province-officer").queryParam("size", 200)
                .get(PATH + "/break-glass-accesses").then().statusCode(200).extract().jsonPath().getList("items.reason");
        assertFalse(hanoi.contains(reason), "another province does not see Sơn La's grants");

        update("UPDATE reintegration_break_glass SET expires_at = now() - interval '1 minute' WHERE case_id = ?", id);
        Callers.commune2().get(PATH + "/" + id).then().statusCode(404);
    }

    @Test
    void aHandoverMovesTheCaseAndItsHistoryToTheNewCommune() {
        long id = open(Callers.commune(), tk20, groupOne, freshCitizenId(), "MEDIUM", LocalDate.now().minusDays(10));
        Callers.commune().body(contact(LocalDate.now().minusDays(2), "Gặp tại nhà")).post(PATH + "/" + id + "/contacts")
                .then().statusCode(200);
        long version = Callers.commune().get(PATH + "/" + id).jsonPath().getLong("version");
        long toHieu = TestUnits.current("03646");
        Callers.commune().body(status("MOVED_AWAY", toHieu, version)).post(PATH + "/" + id + "/status").then()
                .statusCode(200).body("status", equalTo("MOVED_AWAY"));
        Callers.commune().get(PATH + "/" + id).then().statusCode(404);
        Callers.group().get(PATH + "/" + id).then().statusCode(404);
        long moved = Callers.commune2().get(PATH + "/" + id).jsonPath().getLong("version");
        Callers.commune2().body(status("ACTIVE", null, moved)).post(PATH + "/" + id + "/status").then().statusCode(409)
                .body("type", equalTo("urn:lgtq:problem:case-not-assigned"));
        Callers.commune2().get(PATH + "/" + id).then().statusCode(200).body("contacts.size()", equalTo(1))
                .body("contacts[0].notes", equalTo("Gặp tại nhà")).body("statusEvents.status", equalTo(List.of("ACTIVE",
                        "MOVED_AWAY"))).body("statusEvents[1].toCommuneName", equalTo("Phường Tô Hiệu"))
                .body("history", equalTo(HISTORY));
    }

    @Test
    void theOverdueListFollowsTheSupportLevelsIntervals() {
        // Fresh hamlet and group, so the list holds exactly these cases.
        String code = "03688";
        RequestSpecification officer = Callers.as("muongchien", code, "commune-officer");
        long hamlet = TestUnits.hamlet(TestUnits.current(code), "Bản Theo Dõi").getLong("id");
        long group = TestHouseholds.group(officer, hamlet, 1).getLong("id");
        LocalDate today = LocalDate.now();
        long high = open(officer, hamlet, group, freshCitizenId(), "HIGH", today.minusDays(15)); // due 14 days after
        long highOnTime = open(officer, hamlet, group, freshCitizenId(), "HIGH", today.minusDays(14)); // due today
        long low = open(officer, hamlet, group, freshCitizenId(), "LOW", today.minusDays(60));
        long mediumSeen = open(officer, hamlet, group, freshCitizenId(), "MEDIUM", today.minusDays(40));
        officer.body(contact(today.minusDays(5), null)).post(PATH + "/" + mediumSeen + "/contacts").then().statusCode(200);

        // A fresh specification per list call: query parameters would otherwise pile up.
        List<Integer> overdue = Callers.as("muongchien", code, "commune-officer").queryParam("unitId", hamlet).queryParam("contactOverdue", true).get(PATH).then()
                .statusCode(200).extract().jsonPath().getList("items.id");
        assertEquals(List.of((int) high), overdue);
        List<Integer> all = Callers.as("muongchien", code, "commune-officer").queryParam("unitId", hamlet).get(PATH).then().statusCode(200).extract().jsonPath()
                .getList("items.id");
        assertEquals(List.of((int) high, (int) highOnTime, (int) mediumSeen, (int) low), all, "next contact due first");
        officer.get(PATH + "/" + high).then().body("contactOverdue", equalTo(true))
                .body("nextContactDue", equalTo(today.minusDays(1).toString()));
    }

    @Test
    void figuresEqualTheHandCountedCases() {
        String code = "03694";
        RequestSpecification officer = Callers.as("muonggion", code, "commune-officer");
        long commune = TestUnits.current(code);
        long hamlet = TestUnits.hamlet(commune, "Bản Số Liệu Tái Hòa Nhập").getLong("id");
        long group = TestHouseholds.group(officer, hamlet, 1).getLong("id");
        LocalDate today = LocalDate.now();
        LocalDate yearStart = today.withDayOfYear(1);
        // Three followed this year: one still active and overdue, one completed, one relapsed; one finished last year.
        long active = open(officer, hamlet, group, freshCitizenId(), "HIGH", yearStart.minusDays(30));
        long completed = open(officer, hamlet, group, freshCitizenId(), "LOW", yearStart.minusDays(20));
        long relapsed = open(officer, hamlet, group, freshCitizenId(), "MEDIUM", yearStart.minusDays(10),
                "RELEASED_FROM_PRISON");
        long oldCase = open(officer, hamlet, group, freshCitizenId(), "LOW", yearStart.minusDays(300));
        change(officer, completed, "COMPLETED", today);
        change(officer, relapsed, "RELAPSED", today);
        change(officer, oldCase, "COMPLETED", yearStart.minusDays(5));

        JsonPath figures = officer.get("/api/v1/units/" + commune + "/reintegration-figures").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(3, figures.getInt("peopleFollowed"));
        assertEquals(2, figures.getInt("byCategory.AFTER_COMPULSORY_REHAB"));
        assertEquals(1, figures.getInt("byCategory.RELEASED_FROM_PRISON"));
        assertEquals(0, figures.getInt("byCategory.OTHER"));
        assertEquals(1, figures.getInt("byStatus.ACTIVE"));
        assertEquals(1, figures.getInt("byStatus.COMPLETED"));
        assertEquals(1, figures.getInt("byStatus.RELAPSED"));
        assertEquals(1, figures.getInt("completed"));
        assertEquals(1, figures.getInt("relapsed"));
        assertEquals(1.0 / 3, figures.getDouble("relapseRate"), 1e-6);
        assertEquals(1, figures.getInt("overdueContacts"));
        assertNotNull(active);

        String integration = Callers.integration().get("/api/v1/units/" + commune + "/reintegration-figures").then()
                .statusCode(200).body("peopleFollowed", equalTo(3)).extract().asString();
        assertFalse(integration.contains("Lò Văn"), integration);
        Callers.hamlet().get("/api/v1/units/" + tk20 + "/reintegration-figures").then().statusCode(403);
        Callers.commune().get("/api/v1/units/" + commune + "/reintegration-figures").then().statusCode(404);
    }

    private long open(RequestSpecification officer, long hamlet, long group, String citizenId, String level,
            LocalDate startedOn) {
        return open(officer, hamlet, group, citizenId, level, startedOn, "AFTER_COMPULSORY_REHAB");
    }

    private long open(RequestSpecification officer, long hamlet, long group, String citizenId, String level,
            LocalDate startedOn, String category) {
        Map<String, Object> body = body(hamlet, group, citizenId, level, startedOn);
        body.put("category", category);
        if (group == groupOne) {
            body.put("helpers", List.of(Map.of("householdId", inOne.get(0), "commitmentSignedOn", startedOn.toString()),
                    Map.of("householdId", inOne.get(1))));
        }
        return officer.body(body).post(PATH).then().statusCode(201).body("view", equalTo("FULL")).extract().jsonPath()
                .getLong("id");
    }

    private static Map<String, Object> body(long hamlet, long group, String citizenId, String level, LocalDate startedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", "Lò Văn Về " + citizenId.substring(8));
        body.put("birthYear", 1990);
        body.put("citizenId", citizenId);
        body.put("hamletId", hamlet);
        body.put("groupId", group);
        body.put("category", "AFTER_COMPULSORY_REHAB");
        body.put("startedOn", startedOn.toString());
        body.put("supportLevel", level);
        body.put("history", HISTORY);
        return body;
    }

    private static Map<String, Object> contact(LocalDate on, String notes) {
        Map<String, Object> body = new HashMap<>();
        body.put("contactedOn", on.toString());
        body.put("method", "VISIT");
        body.put("result", "MET");
        body.put("notes", notes);
        return body;
    }

    private static Map<String, Object> status(String status, Long toCommuneId, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("on", LocalDate.now().toString());
        body.put("toCommuneId", toCommuneId);
        body.put("version", version);
        return body;
    }

    private static void change(RequestSpecification officer, long id, String to, LocalDate on) {
        long version = officer.get(PATH + "/" + id).jsonPath().getLong("version");
        Map<String, Object> body = status(to, null, version);
        body.put("on", on.toString());
        officer.body(body).post(PATH + "/" + id + "/status").then().statusCode(200);
    }

    private static String freshCitizenId() {
        return "0149" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static long idOfNumber(List<Map<String, Object>> groups, int number) {
        return groups.stream().filter(g -> ((Number) g.get("number")).intValue() == number)
                .map(g -> ((Number) g.get("id")).longValue()).findFirst().orElseThrow();
    }

    private byte[] bytes(String sql, long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBytes(1);
            }
        }
    }

    private long count(String sql, long id) throws SQLException {
        return count(sql, String.valueOf(id));
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
