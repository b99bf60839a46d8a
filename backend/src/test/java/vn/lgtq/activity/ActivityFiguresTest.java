package vn.lgtq.activity;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestHouseholds;
import vn.lgtq.testing.TestUnits;

/**
 * The overdue-meeting flag and the activity figures against hand-counted fixtures, each in a fresh hamlet of
 * xã Chiềng Mung (04123), a commune no other test uses; dates are fixed in 2023–2024 and asked "as of" a day.
 */
@QuarkusTest
class ActivityFiguresTest {
    private static final String COMMUNE = "04123";

    private static RequestSpecification officer() {
        return Callers.as("chiengmung", COMMUNE, "commune-officer");
    }

    @Test
    void aGroupIsOverdueWhenItsLastMeetingIsMoreThanTwoMonthsBeforeTheDay() {
        JsonPath hamlet = TestUnits.hamlet(TestUnits.current(COMMUNE), "Bản Họp Định Kỳ");
        long hamletId = hamlet.getLong("id");
        String leaderB = "nhomtruong-" + hamlet.getString("code");
        long a = group(hamletId, 1, "2023-03-15", null);
        long b = group(hamletId, 2, "2023-01-10", leaderB);
        long c = group(hamletId, 3, null, null); // no founding date: counted from its creation (today)
        long d = group(hamletId, 4, "2023-01-01", null);
        dissolve(d);
        for (String day : List.of("2023-12-31", "2024-02-10", "2024-04-30")) {
            officer().body(ActivityScopeTest.meeting(day)).post("/api/v1/groups/" + b + "/meetings").then()
                    .statusCode(201);
        }
        String path = "/api/v1/units/" + hamletId + "/meeting-status";

        // Founded 2023-03-15, no meeting: due 2023-05-15, overdue from the day after. B's meetings come later.
        status(path, "2023-05-15").body("total", equalTo(3)).body("items.groupId", contains((int) a, (int) b, (int) c))
                .body("items[0].overdue", equalTo(false)).body("items[0].dueOn", equalTo("2023-05-15"))
                .body("items[0].lastMeetingOn", nullValue()).body("items[0].hamletName", equalTo("Bản Họp Định Kỳ"))
                .body("items[1].lastMeetingOn", nullValue()).body("items[1].dueOn", equalTo("2023-03-10"))
                .body("items[1].overdue", equalTo(true)).body("items[2].overdue", equalTo(false));
        status(path, "2023-05-16").body("items[0].overdue", equalTo(true));
        // Last meeting 2023-12-31: due on the last day of February, not overdue before it.
        status(path, "2024-02-09").body("items[1].lastMeetingOn", equalTo("2023-12-31"))
                .body("items[1].dueOn", equalTo("2024-02-29")).body("items[1].overdue", equalTo(false));
        // Last meeting 2024-04-30: exactly two months on 2024-06-30 is still in time; a day later it is overdue.
        status(path, "2024-06-30").body("items[1].lastMeetingOn", equalTo("2024-04-30"))
                .body("items[1].dueOn", equalTo("2024-06-30")).body("items[1].overdue", equalTo(false));
        status(path, "2024-07-01").body("items[1].overdue", equalTo(true)).body("items[2].overdue", equalTo(false));

        officer().queryParam("on", "2024-07-01").queryParam("overdue", true).get(path).then().statusCode(200)
                .body("total", equalTo(2)).body("items.groupId", contains((int) a, (int) b));
        officer().queryParam("on", "2024-07-01").queryParam("overdue", false).get(path).then().statusCode(200)
                .body("total", equalTo(1)).body("items.groupId", contains((int) c));
        officer().queryParam("on", "2024-07-01").queryParam("sort", "lastMeetingOn").get(path).then()
                .body("items.groupId", contains((int) a, (int) c, (int) b));
        officer().queryParam("on", "2024-07-01").queryParam("size", 1).queryParam("page", 1).get(path).then()
                .body("total", equalTo(3)).body("items.groupId", contains((int) b));
        // Its leader sees only group 2.
        Callers.as(leaderB, hamlet.getString("code"), "group-leader").queryParam("on", "2024-07-01").get(path).then()
                .statusCode(200).body("items.groupId", contains((int) b));
    }

    @Test
    void figuresEqualTheHandCountedFixture() {
        JsonPath hamlet = TestUnits.hamlet(TestUnits.current(COMMUNE), "Bản Số Liệu");
        long hamletId = hamlet.getLong("id");
        String leaderA = "nhomtruong-" + hamlet.getString("code");
        long a = group(hamletId, 1, "2023-01-10", leaderA);
        long b = group(hamletId, 2, "2023-03-01", null);
        long c = group(hamletId, 3, "2023-01-01", null);
        List<Long> inA = List.of(household(hamletId, a), household(hamletId, a), household(hamletId, a));
        List<Long> inB = List.of(household(hamletId, b), household(hamletId, b));
        long outside = household(hamletId, null);

        // Meetings: A three in the first half of 2024 and one in December 2023; B one; C one before it was dissolved.
        meeting(a, "2023-12-01");
        meeting(a, "2024-01-15", inA.get(0), inA.get(1));
        meeting(a, "2024-03-10", inA.toArray(Long[]::new));
        meeting(a, "2024-05-20");
        meeting(b, "2024-02-01", inB.get(0));
        meeting(c, "2024-02-15");
        dissolve(c);

        // Patrols: three started within 2024-01-01..2024-06-30, two outside.
        for (String start : List.of("2024-01-01T08:00:00+07:00", "2024-03-05T20:00:00+07:00",
                "2024-06-30T12:00:00+07:00", "2024-07-01T12:00:00+07:00", "2023-12-31T12:00:00+07:00")) {
            Map<String, Object> patrol = ActivityScopeTest.patrol(hamletId, start.startsWith("2024-03") ? a : null,
                    start);
            officer().body(patrol).post("/api/v1/patrols").then().statusCode(201);
        }
        // Propaganda: two over the loudspeakers and one at a meeting within the period, two outside.
        propaganda(hamletId, null, "2024-01-20", "LOUDSPEAKER");
        propaganda(hamletId, null, "2024-04-02", "LOUDSPEAKER");
        propaganda(hamletId, a, "2024-03-10", "MEETING");
        propaganda(hamletId, null, "2024-07-02", "DOOR_TO_DOOR");
        propaganda(hamletId, null, "2023-12-30", "OTHER");
        // Commitments: two of A for 2024, one of B for 2023 only, and the household outside any group for 2024.
        commitment(inA.get(0), 2024, "2024-02-01");
        commitment(inA.get(2), 2024, "2024-03-15");
        commitment(inB.get(1), 2023, "2023-05-05");
        commitment(outside, 2024, "2024-01-10");

        String path = "/api/v1/units/" + hamletId + "/activity-figures";
        // 5 meetings (A 3, B 1, C 1); 2 active groups, B overdue (last 2024-02-01); 3 patrols; 3 sessions;
        // 5 households in active groups, 2 of them committed for 2024.
        officer().queryParam("from", "2024-01-01").queryParam("to", "2024-06-30").get(path).then().statusCode(200)
                .body("unitId", equalTo((int) hamletId)).body("unitName", equalTo("Bản Số Liệu"))
                .body("from", equalTo("2024-01-01")).body("to", equalTo("2024-06-30"))
                .body("meetingsHeld", equalTo(5)).body("groupsActive", equalTo(2)).body("groupsOverdue", equalTo(1))
                .body("patrols", equalTo(3)).body("propagandaSessions", equalTo(3))
                .body("propagandaByChannel", equalTo(Map.of("MEETING", 1, "LOUDSPEAKER", 2, "DOOR_TO_DOOR", 0,
                        "OTHER", 0)))
                .body("commitmentYear", equalTo(2024)).body("householdsInGroups", equalTo(5))
                .body("householdsCommitted", equalTo(2)).body("commitmentRate", equalTo(0.4f));
        // 2023: A's December meeting; B (founded 2023-03-01, no meeting yet) overdue; one patrol on 31 December;
        // one session; B's household signed for 2023.
        officer().queryParam("from", "2023-01-01").queryParam("to", "2023-12-31").get(path).then().statusCode(200)
                .body("meetingsHeld", equalTo(1)).body("groupsActive", equalTo(2)).body("groupsOverdue", equalTo(1))
                .body("patrols", equalTo(1)).body("propagandaSessions", equalTo(1))
                .body("propagandaByChannel.OTHER", equalTo(1)).body("commitmentYear", equalTo(2023))
                .body("householdsCommitted", equalTo(1)).body("commitmentRate", equalTo(0.2f));
        // Without `from`: 1 January of the year of `to`.
        officer().queryParam("to", "2024-03-31").get(path).then().statusCode(200).body("from", equalTo("2024-01-01"))
                .body("meetingsHeld", equalTo(4)).body("patrols", equalTo(2)).body("propagandaSessions", equalTo(2));

        // The same fixture through the lists.
        List<String> started = officer().queryParam("unitId", hamletId).queryParam("from", "2024-01-01")
                .queryParam("to", "2024-06-30").get("/api/v1/patrols").then().statusCode(200).body("total", equalTo(3))
                .extract().jsonPath().getList("items.startedAt", String.class);
        assertEquals(List.of(Instant.parse("2024-06-30T05:00:00Z"), Instant.parse("2024-03-05T13:00:00Z"),
                Instant.parse("2024-01-01T01:00:00Z")), started.stream().map(t -> OffsetDateTime.parse(t).toInstant())
                .toList(), "newest first");
        officer().queryParam("unitId", hamletId).queryParam("from", "2024-01-01").queryParam("to", "2024-06-30")
                .queryParam("sort", "heldOn").get("/api/v1/propaganda-sessions").then().statusCode(200)
                .body("total", equalTo(3)).body("items.heldOn", contains("2024-01-20", "2024-03-10", "2024-04-02"));
        officer().get("/api/v1/groups/" + a + "/commitments?year=2024").then().statusCode(200)
                .body("memberHouseholds", equalTo(3)).body("committed", equalTo(2)).body("rate", equalTo(0.6667f));
        officer().get("/api/v1/groups/" + a + "/meetings").then().statusCode(200).body("total", equalTo(4))
                .body("items.heldOn", contains("2024-05-20", "2024-03-10", "2024-01-15", "2023-12-01"))
                .body("items[1].attendance", equalTo(3)).body("items[1].memberHouseholds", equalTo(3));

        // Who reads these figures: the hamlet's leader and group leader, the province, other agencies' systems.
        String code = hamlet.getString("code");
        Callers.as("truongban-" + code, code, "hamlet-leader").get(path).then().statusCode(200);
        Callers.as(leaderA, code, "group-leader").get(path).then().statusCode(200);
        Callers.as("other-" + code, code, "group-leader").get(path).then().statusCode(404);
        Callers.integration().queryParam("from", "2024-01-01").queryParam("to", "2024-06-30").get(path).then()
                .statusCode(200).body("meetingsHeld", equalTo(5));
        Callers.province().get(path).then().statusCode(200);
        Callers.commune().get(path).then().statusCode(404);
        Callers.commune2().get(path).then().statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse status(String path, String on) {
        return officer().queryParam("on", on).get(path).then().statusCode(200);
    }

    private static long group(long hamletId, int number, String foundedOn, String leaderAccount) {
        Map<String, Object> body = new HashMap<>();
        body.put("hamletId", hamletId);
        body.put("number", number);
        body.put("foundedOn", foundedOn);
        body.put("leaderAccount", leaderAccount);
        return officer().body(body).post("/api/v1/groups").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void dissolve(long groupId) {
        JsonPath group = officer().get("/api/v1/groups/" + groupId).jsonPath();
        Map<String, Object> body = new HashMap<>(Map.of("number", group.getInt("number"), "name",
                group.getString("name"), "status", "DISSOLVED", "version", group.getLong("version")));
        officer().body(body).put("/api/v1/groups/" + groupId).then().statusCode(200);
    }

    private static long household(long hamletId, Long groupId) {
        return TestHouseholds.household(officer(), hamletId, groupId, 2).getLong("id");
    }

    private static void meeting(long groupId, String day, Long... attending) {
        officer().body(ActivityScopeTest.meeting(day, attending)).post("/api/v1/groups/" + groupId + "/meetings")
                .then().statusCode(201);
    }

    private static void propaganda(long hamletId, Long groupId, String day, String channel) {
        officer().body(ActivityScopeTest.propaganda(hamletId, groupId, day, channel)).post("/api/v1/propaganda-sessions")
                .then().statusCode(201);
    }

    private static void commitment(long householdId, int year, String signedOn) {
        officer().body(Map.of("signedOn", signedOn)).put("/api/v1/households/" + householdId + "/commitments/" + year)
                .then().statusCode(200);
    }
}
