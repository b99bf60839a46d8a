package vn.lgtq.household;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestHouseholds;
import vn.lgtq.testing.TestUnits;

/** Households, people and membership history; group leaders; validation, duplicates and stale versions. */
@QuarkusTest
class HouseholdWriteTest {
    @Inject
    DataSource dataSource;

    long hamlet;
    String hamletCode;

    @BeforeEach
    void freshHamlet() {
        JsonPath created = TestUnits.hamlet(TestUnits.current("04105"), "Bản Thử");
        hamlet = created.getLong("id");
        hamletCode = created.getString("code");
    }

    /** The leader of the fresh hamlet. */
    private RequestSpecification leader() {
        return Callers.as("leader-" + hamletCode, hamletCode, "hamlet-leader");
    }

    @Test
    void aHouseholdIsInOneActiveGroupAtATimeAndMovesKeepDatedHistory() throws SQLException {
        long one = TestHouseholds.group(leader(), hamlet, 1).getLong("id");
        long two = TestHouseholds.group(Callers.commune(), hamlet, 2).getLong("id");
        JsonPath created = TestHouseholds.household(Callers.commune(), hamlet, one, 2);
        long id = created.getLong("id");
        assertEquals(one, created.getLong("groupId"));

        Map<String, Object> move = new HashMap<>(Map.of("groupId", two, "date", java.time.LocalDate.now().toString(),
                "version", created.getLong("version")));
        JsonPath moved = Callers.commune().body(move).post("/api/v1/households/" + id + "/membership").then()
                .statusCode(200).body("groupId", equalTo((int) two))
                .body("memberships", hasSize(2))
                .body("memberships[0].groupId", equalTo((int) two)).body("memberships[0].leftOn", nullValue())
                .body("memberships[1].groupId", equalTo((int) one)).body("memberships[1].leftOn", equalTo(java.time.LocalDate.now().toString()))
                .extract().jsonPath();
        // The same move again with the old version: someone else changed the household first.
        Callers.commune().body(move).post("/api/v1/households/" + id + "/membership").then().statusCode(409)
                .body("type", equalTo("urn:lgtq:problem:stale-version"));

        Callers.commune().queryParam("groupId", one).get("/api/v1/households").then().body("total", equalTo(0));
        Callers.commune().queryParam("groupId", two).get("/api/v1/households").then().body("items.id", contains((int) id));

        Map<String, Object> leave = new HashMap<>();
        leave.put("groupId", null);
        leave.put("version", moved.getLong("version"));
        Callers.commune().body(leave).post("/api/v1/households/" + id + "/membership").then().statusCode(200)
                .body("groupId", nullValue()).body("memberships.leftOn", hasItem(notNullValue()));
        Callers.commune().queryParam("unitId", hamlet).queryParam("withoutGroup", true).get("/api/v1/households")
                .then().body("items.id", contains((int) id));
        assertEquals(0, count("SELECT count(*) FROM group_membership WHERE household_id = ? AND left_on IS NULL", id));
        assertEquals(2, count("SELECT count(*) FROM audit_event WHERE entity_type = 'household' AND action = 'MEMBERSHIP'"
                + " AND entity_id = ?::text", id));
    }

    @Test
    void aHouseholdOnlyJoinsAnActiveGroupOfItsOwnHamlet() {
        long otherHamlet = TestUnits.hamlet(TestUnits.current("04105"), "Bản Khác").getLong("id");
        long foreign = TestHouseholds.group(Callers.commune(), otherHamlet, 1).getLong("id");
        Callers.commune().body(TestHouseholds.body(hamlet, TestUnits.freshCode("H"), foreign, 1))
                .post("/api/v1/households").then().statusCode(400).body("errors[0].field", equalTo("groupId"));
    }

    @Test
    void theLeaderMustBeAPersonOfAMemberHousehold() {
        JsonPath group = TestHouseholds.group(leader(), hamlet, 1);
        long groupId = group.getLong("id");
        long member = TestHouseholds.household(leader(), hamlet, groupId, 2).getLong("people[0].id");
        long outsider = TestHouseholds.household(leader(), hamlet, null, 1).getLong("people[0].id");

        Map<String, Object> update = groupUpdate(group, outsider, null);
        leader().body(update).put("/api/v1/groups/" + groupId).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("leaderPersonId"))
                .body("errors[0].message", notNullValue());

        JsonPath updated = leader().body(groupUpdate(group, member, null)).put("/api/v1/groups/" + groupId)
                .then().statusCode(200).body("leader.id", equalTo((int) member)).extract().jsonPath();
        // A stale version answers 409.
        leader().body(groupUpdate(group, member, null)).put("/api/v1/groups/" + groupId).then().statusCode(409);

        // The leader's household cannot leave while it leads.
        long household = updated.getLong("leader.householdId");
        long version = leader().get("/api/v1/households/" + household).jsonPath().getLong("version");
        Map<String, Object> leave = new HashMap<>();
        leave.put("groupId", null);
        leave.put("version", version);
        leader().body(leave).post("/api/v1/households/" + household + "/membership").then().statusCode(409)
                .body("type", equalTo("urn:lgtq:problem:person-leads-group"));
    }

    @Test
    void aSmallGroupCarriesAWarningNotAnError() {
        long groupId = TestHouseholds.group(leader(), hamlet, 1).getLong("id");
        TestHouseholds.household(leader(), hamlet, groupId, 3);
        leader().get("/api/v1/groups/" + groupId).then().statusCode(200)
                .body("householdCount", equalTo(1)).body("peopleCount", equalTo(3))
                .body("warnings.code", contains("group-size-below-range"));
    }

    @Test
    void duplicateCodesAndNumbersAnswer409() {
        TestHouseholds.group(leader(), hamlet, 1);
        leader().body(Map.of("hamletId", hamlet, "number", 1)).post("/api/v1/groups").then().statusCode(409)
                .body("type", equalTo("urn:lgtq:problem:duplicate-group-number"));
        String code = TestUnits.freshCode("H");
        leader().body(TestHouseholds.body(hamlet, code, null, 1)).post("/api/v1/households").then()
                .statusCode(201);
        leader().body(TestHouseholds.body(hamlet, code, null, 1)).post("/api/v1/households").then()
                .statusCode(409).body("type", equalTo("urn:lgtq:problem:duplicate-household-code"));
    }

    @Test
    void phoneCitizenIdAndHeadAreValidated() {
        Map<String, Object> badPhone = TestHouseholds.body(hamlet, TestUnits.freshCode("H"), null, 1);
        badPhone.put("phone", "12345");
        leader().body(badPhone).post("/api/v1/households").then().statusCode(400)
                .body("errors.field", contains("phone"));

        Map<String, Object> badId = TestHouseholds.body(hamlet, TestUnits.freshCode("H"), null, 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> head = ((List<Map<String, Object>>) badId.get("people")).get(0);
        head.put("citizenId", "014085000123"); // encodes birth year 1985, the person was born in 1980
        leader().body(badId).post("/api/v1/households").then().statusCode(400)
                .body("errors.field", contains("people[0].citizenId"));

        Map<String, Object> twoHeads = TestHouseholds.body(hamlet, TestUnits.freshCode("H"), null, 1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> people = (List<Map<String, Object>>) twoHeads.get("people");
        people.add(TestHouseholds.person("Trần Văn Hai", "HEAD"));
        leader().body(twoHeads).post("/api/v1/households").then().statusCode(400)
                .body("errors.field", contains("people"));

        Map<String, Object> noName = TestHouseholds.body(hamlet, TestUnits.freshCode("H"), null, 1);
        people = castPeople(noName);
        people.get(0).put("fullName", " ");
        leader().body(noName).post("/api/v1/households").then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("fullName")));

        Map<String, Object> good = TestHouseholds.body(hamlet, TestUnits.freshCode("H"), null, 1);
        good.put("phone", "+84 912.345.678");
        castPeople(good).get(0).put("citizenId", "014080000123");
        leader().body(good).post("/api/v1/households").then().statusCode(201)
                .body("phone", equalTo("0912345678")).body("people[0].citizenId", equalTo("014080000123"))
                .body("headName", equalTo("Nguyễn Văn Chủ"));
    }

    @Test
    void editingReplacesPeopleKeepsTheirIdsAndRefusesStaleVersions() {
        JsonPath created = TestHouseholds.household(leader(), hamlet, null, 2);
        long id = created.getLong("id");
        long headId = created.getLong("people[0].id");
        Map<String, Object> update = new HashMap<>();
        update.put("code", created.getString("code"));
        update.put("address", "Số 9, đường Lò Văn Giá");
        update.put("version", created.getLong("version"));
        Map<String, Object> head = TestHouseholds.person("Nguyễn Văn Chủ Mới", "HEAD");
        head.put("id", headId);
        update.put("people", List.of(head));
        leader().body(update).put("/api/v1/households/" + id).then().statusCode(200)
                .body("people", hasSize(1)).body("people[0].id", equalTo((int) headId))
                .body("headName", equalTo("Nguyễn Văn Chủ Mới")).body("address", equalTo("Số 9, đường Lò Văn Giá"));
        leader().body(update).put("/api/v1/households/" + id).then().statusCode(409)
                .body("type", equalTo("urn:lgtq:problem:stale-version"));
        Callers.group().body(update).put("/api/v1/households/" + id).then().statusCode(403);
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        Map<String, Object> body = TestHouseholds.body(hamlet, TestUnits.freshCode("H"), null, 1);
        castPeople(body).get(0).put("fullName", "Lò Thị Đào");
        leader().body(body).post("/api/v1/households").then().statusCode(201);
        leader().queryParam("unitId", hamlet).queryParam("q", "lo thi dao").get("/api/v1/households").then()
                .statusCode(200).body("items.headName", contains("Lò Thị Đào"));
    }

    private static Map<String, Object> groupUpdate(JsonPath group, Long leader, Long deputy) {
        Map<String, Object> update = new HashMap<>();
        update.put("number", group.getInt("number"));
        update.put("name", group.getString("name"));
        update.put("status", "ACTIVE");
        update.put("leaderPersonId", leader);
        update.put("deputyPersonId", deputy);
        update.put("version", group.getLong("version"));
        return update;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castPeople(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("people");
    }

    private long count(String sql, long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
