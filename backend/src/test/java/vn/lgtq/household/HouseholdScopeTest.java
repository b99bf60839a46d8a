package vn.lgtq.household;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestUnits;

/** Who sees which groups and households, and who sees the personal fields (demo data of Tiểu khu 20). */
@QuarkusTest
class HouseholdScopeTest {
    long tk20;
    long tdp1;
    long groupOne;
    long groupTwo;

    @BeforeEach
    void findDemoData() {
        tk20 = TestUnits.current("04105-TK20");
        tdp1 = TestUnits.current("03646-TDP1");
        List<Map<String, Object>> groups = Callers.commune().queryParam("unitId", tk20).get("/api/v1/groups")
                .then().statusCode(200).extract().jsonPath().getList("items");
        groupOne = idOfNumber(groups, 1);
        groupTwo = idOfNumber(groups, 2);
    }

    @Test
    void groupLeaderSeesOnlyItsGroupsHouseholdsWithoutPersonalData() {
        List<Map<String, Object>> items = Callers.group().queryParam("size", 200).get("/api/v1/households")
                .then().statusCode(200).body("items.groupId", everyItem(equalTo((int) groupOne)))
                .body("items.phone", everyItem(nullValue())).body("items.personalDataHidden", everyItem(equalTo(true)))
                .extract().jsonPath().getList("items");
        assertTrue(items.size() >= 6, "group 1 has its 6 demo households");

        long inGroupTwo = firstHousehold(groupTwo);
        Callers.group().get("/api/v1/households/" + inGroupTwo).then().statusCode(404)
                .contentType("application/problem+json");
        Callers.group().get("/api/v1/groups/" + groupTwo).then().statusCode(404);
        Callers.group().get("/api/v1/groups").then().statusCode(200).body("items.id", equalTo(List.of((int) groupOne)));

        long inGroupOne = firstHousehold(groupOne);
        Callers.group().get("/api/v1/households/" + inGroupOne).then().statusCode(200)
                .body("people.citizenId", everyItem(nullValue())).body("people.fullName", everyItem(notNullValue()));
    }

    @Test
    void hamletLeaderSeesItsHamletWithPersonalData() {
        Callers.hamlet().queryParam("size", 200).get("/api/v1/households").then().statusCode(200)
                .body("items.hamletId", everyItem(equalTo((int) tk20)))
                .body("items.phone", everyItem(notNullValue())).body("items.personalDataHidden", everyItem(equalTo(false)));
        long household = firstHousehold(groupOne);
        Callers.hamlet().get("/api/v1/households/" + household).then().statusCode(200)
                .body("people.find { it.relation == 'HEAD' }.citizenId", notNullValue());
        Callers.hamlet().queryParam("unitId", tdp1).get("/api/v1/households").then().statusCode(404);
    }

    @Test
    void anotherCommunesRecordsAnswer404() {
        long household = firstHousehold(groupOne);
        Callers.commune2().get("/api/v1/households/" + household).then().statusCode(404)
                .body("type", equalTo("urn:lgtq:problem:not-found"));
        Callers.commune2().get("/api/v1/groups/" + groupOne).then().statusCode(404);
        Callers.commune2().get("/api/v1/groups").then().statusCode(200).body("items.hamletId", not(hasItem((int) tk20)));
        Callers.commune2().get("/api/v1/units/" + tk20 + "/coverage").then().statusCode(404);
        Callers.commune().get("/api/v1/households/" + household).then().statusCode(200)
                .body("phone", notNullValue());
        Callers.province().get("/api/v1/households/" + household).then().statusCode(200);
    }

    @Test
    void otherAgenciesSystemsAndRealmUsersWithoutARoleReadNoHouseholdOrGroup() {
        long household = firstHousehold(groupOne);
        for (var caller : List.of(Callers.integration(), Callers.as("citizen", "04105-TK20", "offline_access"))) {
            caller.get("/api/v1/households/" + household).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        Callers.integration().get("/api/v1/households").then().statusCode(403);
        Callers.integration().get("/api/v1/households/export").then().statusCode(403);
        Callers.integration().get("/api/v1/groups").then().statusCode(403);
        Callers.as("citizen", "04105-TK20", "offline_access").get("/api/v1/groups/" + groupOne).then().statusCode(403);
        Callers.group().get("/api/v1/households/" + household).then().statusCode(200)
                .body("phone", nullValue()).body("personalDataHidden", equalTo(true))
                .body("people.citizenId", everyItem(nullValue()));
        Callers.integration().body(Map.of("hamletId", tk20, "number", 90)).post("/api/v1/groups").then().statusCode(403)
                .contentType("application/problem+json");
        Callers.group().body(Map.of("hamletId", tk20, "number", 91)).post("/api/v1/groups").then().statusCode(403);
    }

    @Test
    void noTokenAnswers401() {
        RestAssured.get("/api/v1/households").then().statusCode(401).contentType("application/problem+json");
        RestAssured.get("/api/v1/groups/" + groupOne).then().statusCode(401);
    }

    @Test
    void groupsCarryCountsLeaderAndSizeWarnings() {
        Callers.hamlet().get("/api/v1/groups/" + groupOne).then().statusCode(200)
                .body("number", equalTo(1)).body("leaderAccount", equalTo("group"))
                .body("leader.fullName", equalTo("Nguyễn Văn Hùng"))
                .body("households.size()", equalTo(Callers.hamlet().get("/api/v1/groups/" + groupOne)
                        .jsonPath().getInt("householdCount")));
        Callers.hamlet().queryParam("unitId", tk20).queryParam("sort", "-householdCount").get("/api/v1/groups").then()
                .statusCode(200).body("items[0].id", equalTo((int) groupOne)).body("items[1].id", equalTo((int) groupTwo));
        Callers.hamlet().queryParam("sort", "color").get("/api/v1/groups").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        assertEquals(3, Callers.hamlet().get("/api/v1/groups/" + groupOne).jsonPath().getInt("households[0].peopleCount"));
    }

    private long firstHousehold(long groupId) {
        return Callers.commune().queryParam("groupId", groupId).get("/api/v1/households").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    private static long idOfNumber(List<Map<String, Object>> groups, int number) {
        return groups.stream().filter(g -> ((Number) g.get("number")).intValue() == number)
                .map(g -> ((Number) g.get("id")).longValue()).findFirst().orElseThrow();
    }
}
