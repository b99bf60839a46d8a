package vn.lgtq.activity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestUnits;

/**
 * Who records and reads activities, on the demo groups of Tiểu khu 20: group 1 is led by the demo user "group",
 * group 2 by nobody. Each test uses its own meeting days, years and records, so counts stay exact.
 */
@QuarkusTest
class ActivityScopeTest {
    @Inject
    DataSource dataSource;

    long tk20;
    long maiSon;
    long groupOne;
    long groupTwo;
    List<Long> inOne;
    List<Long> inTwo;

    @BeforeEach
    void findDemoData() {
        tk20 = TestUnits.current("04105-TK20");
        maiSon = TestUnits.current("04105");
        List<Map<String, Object>> groups = Callers.commune().queryParam("unitId", tk20).get("/api/v1/groups")
                .then().statusCode(200).extract().jsonPath().getList("items");
        groupOne = idOfNumber(groups, 1);
        groupTwo = idOfNumber(groups, 2);
        inOne = members(groupOne);
        inTwo = members(groupTwo);
    }

    @Test
    void theGroupLeaderRecordsMeetingsOfItsOwnGroupOnly() throws SQLException {
        int households = Callers.commune().get("/api/v1/groups/" + groupOne).jsonPath().getInt("householdCount");
        var created = Callers.group().body(meeting("2025-09-05", inOne.get(0), inOne.get(1)))
                .post("/api/v1/groups/" + groupOne + "/meetings").then().statusCode(201)
                .body("groupId", equalTo((int) groupOne)).body("groupName", equalTo("Nhóm LGTQ số 1, Tiểu khu 20"))
                .body("heldOn", equalTo("2025-09-05")).body("attendance", equalTo(2))
                .body("attendingHouseholdIds", equalTo(List.of(inOne.get(0).intValue(), inOne.get(1).intValue())))
                .body("memberHouseholds", equalTo(households)).body("recordedBy", equalTo("group")).extract();
        long id = created.jsonPath().getLong("id");
        assertTrue(created.header("Location").endsWith("/api/v1/meetings/" + id), created.header("Location"));
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE action = 'CREATE' AND entity_type = 'meeting'"
                + " AND entity_id = ? AND actor = 'group'", String.valueOf(id)));
        Callers.group().body(meeting("2025-09-05")).post("/api/v1/groups/" + groupOne + "/meetings").then()
                .statusCode(409).body("type", equalTo("urn:lgtq:problem:duplicate-meeting"));

        Callers.group().body(meeting("2025-09-05")).post("/api/v1/groups/" + groupTwo + "/meetings").then()
                .statusCode(404).contentType("application/problem+json");
        Callers.group().get("/api/v1/groups/" + groupTwo + "/meetings").then().statusCode(404);
        long other = Callers.hamlet().body(meeting("2025-09-06", inTwo.get(0))).post("/api/v1/groups/" + groupTwo
                + "/meetings").then().statusCode(201).body("recordedBy", equalTo("hamlet")).extract().jsonPath()
                .getLong("id");
        Callers.group().get("/api/v1/meetings/" + other).then().statusCode(404);
        Callers.group().delete("/api/v1/meetings/" + other).then().statusCode(404);
        Callers.commune().get("/api/v1/meetings/" + other).then().statusCode(200).body("attendance", equalTo(1));

        Callers.commune2().get("/api/v1/groups/" + groupOne + "/meetings").then().statusCode(404);
        Callers.commune2().get("/api/v1/meetings/" + id).then().statusCode(404);
        Callers.commune2().delete("/api/v1/meetings/" + id).then().statusCode(404);
        Callers.commune2().body(meeting("2025-09-07")).post("/api/v1/groups/" + groupOne + "/meetings").then()
                .statusCode(404);

        Callers.integration().get("/api/v1/groups/" + groupOne + "/meetings").then().statusCode(403)
                .body("type", equalTo("urn:lgtq:problem:forbidden"));
        Callers.integration().get("/api/v1/meetings/" + id).then().statusCode(403);
        Callers.integration().body(meeting("2025-09-07")).post("/api/v1/groups/" + groupOne + "/meetings").then()
                .statusCode(403);
        Callers.integration().delete("/api/v1/meetings/" + id).then().statusCode(403);
        given().get("/api/v1/groups/" + groupOne + "/meetings").then().statusCode(401);

        Callers.group().get("/api/v1/groups/" + groupOne + "/meetings").then().statusCode(200)
                .body("items.id", hasItem((int) id)).body("items.groupId", everyItem(equalTo((int) groupOne)));
        Callers.group().delete("/api/v1/meetings/" + id).then().statusCode(204);
        Callers.group().get("/api/v1/meetings/" + id).then().statusCode(404);
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE action = 'DELETE' AND entity_type = 'meeting'"
                + " AND entity_id = ? AND actor = 'group'", String.valueOf(id)));
    }

    @Test
    void attendanceMustBeCurrentMemberHouseholds() {
        Callers.commune().body(meeting("2025-10-01", inOne.get(0), inTwo.get(0)))
                .post("/api/v1/groups/" + groupOne + "/meetings").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("attendingHouseholdIds"));
        Callers.commune().body(meeting(LocalDate.now().plusDays(2).toString()))
                .post("/api/v1/groups/" + groupOne + "/meetings").then().statusCode(400)
                .body("errors[0].field", equalTo("heldOn"));
        Callers.commune().body(meeting("2016-03-14")).post("/api/v1/groups/" + groupOne + "/meetings").then()
                .statusCode(400).body("errors[0].field", equalTo("heldOn"));
        Map<String, Object> tooLong = meeting("2025-10-01");
        tooLong.put("topics", "x".repeat(2001));
        Callers.commune().body(tooLong).post("/api/v1/groups/" + groupOne + "/meetings").then().statusCode(400)
                .body("errors[0].field", equalTo("topics"));
        Map<String, Object> noDay = meeting("2025-10-01");
        noDay.remove("heldOn");
        Callers.commune().body(noDay).post("/api/v1/groups/" + groupOne + "/meetings").then().statusCode(400)
                .body("errors[0].field", equalTo("heldOn"));
        // Listed twice, counted once.
        Callers.commune().body(meeting("2025-10-01", inOne.get(0), inOne.get(0)))
                .post("/api/v1/groups/" + groupOne + "/meetings").then().statusCode(201).body("attendance", equalTo(1));
    }

    @Test
    void patrolsFollowTheScopeAndLinkOnlyVisibleTips() {
        Callers.group().body(patrol(tk20, null, "2025-11-01T19:00:00+07:00")).post("/api/v1/patrols").then()
                .statusCode(403);
        Callers.group().body(patrol(tk20, groupTwo, "2025-11-01T19:00:00+07:00")).post("/api/v1/patrols").then()
                .statusCode(400).body("errors[0].field", equalTo("groupId"));
        long byGroup = Callers.group().body(patrol(tk20, groupOne, "2025-11-01T19:00:00+07:00"))
                .post("/api/v1/patrols").then().statusCode(201).body("groupName", equalTo("Nhóm LGTQ số 1, Tiểu khu 20"))
                .body("hamletName", equalTo("Tiểu khu 20")).body("recordedBy", equalTo("group"))
                .extract().jsonPath().getLong("id");

        long ownTip = Callers.hamlet().body(Map.of("hamletId", tk20, "category", "SUSPICIOUS_PEOPLE", "description",
                "Người lạ đi lại nhiều lần quanh ngõ", "source", "SELF")).post("/api/v1/tips").then().statusCode(201)
                .extract().jsonPath().getLong("summary.id");
        long othersTip = Callers.group().body(Map.of("hamletId", tk20, "category", "SUSPICIOUS_PEOPLE", "description",
                "Xe lạ đỗ lâu đầu ngõ", "source", "SELF")).post("/api/v1/tips").then().statusCode(201)
                .extract().jsonPath().getLong("summary.id");
        Map<String, Object> withTip = patrol(tk20, null, "2025-11-02T21:00:00+07:00");
        withTip.put("tipId", othersTip);
        Callers.hamlet().body(withTip).post("/api/v1/patrols").then().statusCode(400)
                .body("errors[0].field", equalTo("tipId"));
        withTip.put("tipId", ownTip);
        long byHamlet = Callers.hamlet().body(withTip).post("/api/v1/patrols").then().statusCode(201)
                .body("tipId", equalTo((int) ownTip)).body("groupId", nullValue()).extract().jsonPath().getLong("id");

        Map<String, Object> backwards = patrol(tk20, null, "2025-11-02T21:00:00+07:00");
        backwards.put("endedAt", "2025-11-02T20:00:00+07:00");
        Callers.hamlet().body(backwards).post("/api/v1/patrols").then().statusCode(400)
                .body("errors[0].field", equalTo("endedAt"));
        Callers.hamlet().body(patrol(tk20, null, "2099-01-01T08:00:00+07:00")).post("/api/v1/patrols").then()
                .statusCode(400).body("errors[0].field", equalTo("startedAt"));
        Callers.commune2().body(patrol(tk20, null, "2025-11-01T19:00:00+07:00")).post("/api/v1/patrols").then()
                .statusCode(404);
        Callers.integration().body(patrol(tk20, null, "2025-11-01T19:00:00+07:00")).post("/api/v1/patrols").then()
                .statusCode(403);

        // The group leader sees its group's patrols, not the hamlet's others.
        Callers.group().queryParam("size", 200).get("/api/v1/patrols").then().statusCode(200)
                .body("items.id", hasItem((int) byGroup)).body("items.id", not(hasItem((int) byHamlet)))
                .body("items.groupId", everyItem(equalTo((int) groupOne)));
        Callers.group().get("/api/v1/patrols/" + byHamlet).then().statusCode(404);
        Callers.hamlet().queryParam("size", 200).get("/api/v1/patrols").then()
                .body("items.id", hasItem((int) byGroup)).body("items.id", hasItem((int) byHamlet));
        Callers.commune().queryParam("unitId", maiSon).queryParam("from", "2025-11-02").queryParam("to", "2025-11-02")
                .queryParam("size", 200).get("/api/v1/patrols").then().statusCode(200)
                .body("items.id", hasItem((int) byHamlet)).body("items.id", not(hasItem((int) byGroup)));
        Callers.commune().queryParam("groupId", groupOne).queryParam("size", 200).get("/api/v1/patrols").then()
                .body("items.id", hasItem((int) byGroup)).body("items.id", not(hasItem((int) byHamlet)));
        Callers.commune().queryParam("from", "2025-11-02").queryParam("to", "2025-11-01").get("/api/v1/patrols")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        Callers.commune2().queryParam("size", 200).get("/api/v1/patrols").then().statusCode(200)
                .body("items.hamletId", not(hasItem((int) tk20)));
        Callers.commune2().get("/api/v1/patrols/" + byGroup).then().statusCode(404);
        Callers.commune2().queryParam("unitId", maiSon).get("/api/v1/patrols").then().statusCode(404);
        Callers.integration().get("/api/v1/patrols").then().statusCode(403);
        Callers.integration().get("/api/v1/patrols/" + byGroup).then().statusCode(403);
    }

    @Test
    void propagandaSessionsAreValidatedAndScoped() {
        long session = Callers.hamlet().body(propaganda(tk20, null, "2025-08-15", "LOUDSPEAKER"))
                .post("/api/v1/propaganda-sessions").then().statusCode(201).body("channel", equalTo("LOUDSPEAKER"))
                .body("audience", equalTo(120)).body("hamletName", equalTo("Tiểu khu 20")).extract().jsonPath()
                .getLong("id");
        long byGroup = Callers.group().body(propaganda(tk20, groupOne, "2025-08-16", "DOOR_TO_DOOR"))
                .post("/api/v1/propaganda-sessions").then().statusCode(201).extract().jsonPath().getLong("id");
        Callers.group().body(propaganda(tk20, null, "2025-08-16", "MEETING")).post("/api/v1/propaganda-sessions")
                .then().statusCode(403);
        Callers.hamlet().body(propaganda(tk20, null, "2025-08-16", "RADIO")).post("/api/v1/propaganda-sessions")
                .then().statusCode(400).body("errors[0].field", equalTo("channel"));
        Map<String, Object> blank = propaganda(tk20, null, "2025-08-16", "OTHER");
        blank.put("topic", " ");
        blank.put("audience", -1);
        Callers.hamlet().body(blank).post("/api/v1/propaganda-sessions").then().statusCode(400)
                .body("errors.field", equalTo(List.of("audience", "topic")));

        Callers.group().queryParam("size", 200).get("/api/v1/propaganda-sessions").then().statusCode(200)
                .body("items.id", hasItem((int) byGroup)).body("items.id", not(hasItem((int) session)));
        Callers.commune().queryParam("channel", "LOUDSPEAKER").queryParam("size", 200)
                .get("/api/v1/propaganda-sessions").then().body("items.id", hasItem((int) session))
                .body("items.channel", everyItem(equalTo("LOUDSPEAKER")));
        Callers.commune().get("/api/v1/propaganda-sessions/" + byGroup).then().statusCode(200)
                .body("groupId", equalTo((int) groupOne));
        Callers.commune2().get("/api/v1/propaganda-sessions/" + session).then().statusCode(404);
        Callers.integration().get("/api/v1/propaganda-sessions").then().statusCode(403);
    }

    @Test
    void commitmentsAreRecordedPerHouseholdAndYear() throws SQLException {
        long household = inOne.get(2);
        String path = "/api/v1/households/" + household + "/commitments/";
        Callers.group().body(Map.of("signedOn", "2025-03-01")).put(path + 2025).then().statusCode(200)
                .body("householdId", equalTo((int) household)).body("year", equalTo(2025))
                .body("signedOn", equalTo("2025-03-01")).body("recordedBy", equalTo("group"));
        Callers.hamlet().body(Map.of("signedOn", "2025-04-02")).put(path + 2025).then().statusCode(200)
                .body("signedOn", equalTo("2025-04-02")).body("recordedBy", equalTo("hamlet"));
        Callers.hamlet().body(Map.of("signedOn", "2024-12-31")).put(path + 2025).then().statusCode(400)
                .body("errors[0].field", equalTo("signedOn"));
        Callers.hamlet().body(Map.of("signedOn", LocalDate.now().plusDays(1).toString()))
                .put(path + LocalDate.now().plusDays(1).getYear()).then().statusCode(400)
                .body("errors[0].field", equalTo("signedOn"));
        Callers.hamlet().body(Map.of("signedOn", "1999-03-01")).put(path + 1999).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        Callers.group().body(Map.of("signedOn", "2025-03-01"))
                .put("/api/v1/households/" + inTwo.get(0) + "/commitments/2025").then().statusCode(404);
        Callers.integration().body(Map.of("signedOn", "2025-03-01")).put(path + 2025).then().statusCode(403);
        Callers.commune2().body(Map.of("signedOn", "2025-03-01")).put(path + 2025).then().statusCode(404);
        assertEquals(2, count("SELECT count(*) FROM audit_event WHERE action = 'COMMITMENT'"
                + " AND entity_type = 'household' AND entity_id = ?", String.valueOf(household)));

        Callers.group().get("/api/v1/groups/" + groupOne + "/commitments?year=2025").then().statusCode(200)
                .body("year", equalTo(2025)).body("memberHouseholds", equalTo(inOne.size()))
                .body("committed", equalTo(1))
                .body("households.find { it.householdId == " + household + " }.signedOn", equalTo("2025-04-02"))
                .body("households.find { it.householdId == " + inOne.get(0) + " }.signedOn", nullValue());
        Callers.group().get("/api/v1/groups/" + groupTwo + "/commitments").then().statusCode(404);
        Callers.integration().get("/api/v1/groups/" + groupOne + "/commitments").then().statusCode(403);
        Callers.commune().get("/api/v1/households/" + household + "/commitments").then().statusCode(200)
                .body("year", equalTo(List.of(2025)));

        Callers.group().delete(path + 2025).then().statusCode(204);
        Callers.group().delete(path + 2025).then().statusCode(404);
        Callers.group().get("/api/v1/groups/" + groupOne + "/commitments?year=2025").then().body("committed", equalTo(0))
                .body("rate", equalTo(0.0f));
    }

    @Test
    void meetingStatusAndFiguresFollowTheRole() {
        Callers.group().queryParam("size", 200).get("/api/v1/units/" + tk20 + "/meeting-status").then().statusCode(200)
                .body("items.groupId", equalTo(List.of((int) groupOne)));
        Callers.hamlet().queryParam("size", 200).get("/api/v1/units/" + tk20 + "/meeting-status").then()
                .statusCode(200).body("items.groupId", hasItem((int) groupTwo));
        Callers.hamlet().get("/api/v1/units/" + maiSon + "/meeting-status").then().statusCode(404);
        Callers.commune2().get("/api/v1/units/" + maiSon + "/meeting-status").then().statusCode(404);
        Callers.integration().get("/api/v1/units/" + maiSon + "/meeting-status").then().statusCode(403);
        Callers.commune().queryParam("sort", "color").get("/api/v1/units/" + maiSon + "/meeting-status").then()
                .statusCode(400).body("errors[0].field", equalTo("sort"));

        Callers.integration().get("/api/v1/units/" + maiSon + "/activity-figures").then().statusCode(200)
                .body("unitName", equalTo("Xã Mai Sơn")).body("commitmentYear", equalTo(LocalDate.now().getYear()))
                .body("from", equalTo(LocalDate.now().withDayOfYear(1).toString()))
                .body("to", equalTo(LocalDate.now().toString()));
        Callers.province().get("/api/v1/units/" + maiSon + "/activity-figures").then().statusCode(200);
        Callers.hamlet().get("/api/v1/units/" + tk20 + "/activity-figures").then().statusCode(200);
        Callers.group().get("/api/v1/units/" + tk20 + "/activity-figures").then().statusCode(200);
        Callers.hamlet().get("/api/v1/units/" + maiSon + "/activity-figures").then().statusCode(404);
        Callers.group().get("/api/v1/units/" + maiSon + "/activity-figures").then().statusCode(404);
        Callers.commune2().get("/api/v1/units/" + maiSon + "/activity-figures").then().statusCode(404)
                .contentType("application/problem+json");
        Callers.commune().queryParam("from", "2025-02-01").queryParam("to", "2025-01-01")
                .get("/api/v1/units/" + maiSon + "/activity-figures").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    static Map<String, Object> meeting(String heldOn, Long... attending) {
        Map<String, Object> body = new HashMap<>();
        body.put("heldOn", heldOn);
        body.put("attendingHouseholdIds", List.of(attending));
        body.put("topics", "Rà soát tình hình an ninh trật tự hai tháng qua");
        body.put("decisions", "Tăng cường tuần tra ban đêm");
        return body;
    }

    static Map<String, Object> patrol(long hamletId, Long groupId, String startedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("hamletId", hamletId);
        body.put("groupId", groupId);
        body.put("startedAt", startedAt);
        body.put("participants", "Công an xã 2, nhóm 4 người");
        body.put("area", "Đường Chu Văn Thịnh");
        return body;
    }

    static Map<String, Object> propaganda(long hamletId, Long groupId, String heldOn, String channel) {
        Map<String, Object> body = new HashMap<>();
        body.put("hamletId", hamletId);
        body.put("groupId", groupId);
        body.put("heldOn", heldOn);
        body.put("topic", "Phòng chống ma túy");
        body.put("channel", channel);
        body.put("audience", 120);
        return body;
    }

    private List<Long> members(long groupId) {
        return Callers.commune().queryParam("groupId", groupId).queryParam("size", 200).get("/api/v1/households")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    private static long idOfNumber(List<Map<String, Object>> groups, int number) {
        return groups.stream().filter(g -> ((Number) g.get("number")).intValue() == number)
                .map(g -> ((Number) g.get("id")).longValue()).findFirst().orElseThrow();
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
