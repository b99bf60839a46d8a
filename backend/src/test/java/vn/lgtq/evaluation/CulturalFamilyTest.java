package vn.lgtq.evaluation;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestRegisters;
import vn.lgtq.testing.TestRegisters.Hamlet;

/** Cultural-family ratings of a hamlet of Xã Mường Sại made for this class, with a led group and a loose household. */
@QuarkusTest
class CulturalFamilyTest {
    private static Hamlet hamlet;
    private static Hamlet otherHamlet;
    private static String leader;
    private static List<Long> inGroup;
    private static long loose;
    private static long elsewhere;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void makeHouseholds() {
        if (hamlet == null) {
            hamlet = TestRegisters.hamlet(TestRegisters.MUONG_SAI, "Bản Văn Hóa");
            otherHamlet = TestRegisters.hamlet(TestRegisters.MUONG_SAI, "Bản Bên Cạnh");
            leader = "nhom-truong-" + TestRegisters.unique();
            long group = TestRegisters.group(hamlet, 1, leader, null);
            inGroup = List.of(TestRegisters.household(hamlet, group), TestRegisters.household(hamlet, group));
            loose = TestRegisters.household(hamlet, null);
            elsewhere = TestRegisters.household(otherHamlet, null);
        }
    }

    @Test
    void theHamletLeaderRatesItsHouseholdsAndTotalsFollow() throws SQLException {
        String path = "/api/v1/units/" + hamlet.id() + "/cultural-families";
        TestRegisters.hamletLeader(hamlet).body(ratings(Map.of(inGroup.get(0), true, loose, false)))
                .put(path + "/2024").then().statusCode(200).body("hamletId", equalTo((int) hamlet.id()))
                .body("year", equalTo(2024)).body("saved", equalTo(2)).body("households", equalTo(3))
                .body("rated", equalTo(2)).body("cultural", equalTo(1));
        // An officer corrects one and adds another: upserted, not duplicated.
        TestRegisters.communeOfficer(TestRegisters.MUONG_SAI).body(ratings(Map.of(loose, true, inGroup.get(1), true)))
                .put(path + "/2024").then().statusCode(200).body("rated", equalTo(3)).body("cultural", equalTo(3));

        TestRegisters.hamletLeader(hamlet).queryParam("year", 2024).get(path).then().statusCode(200)
                .body("hamletName", equalTo(hamlet.name())).body("total", equalTo(3)).body("rated", equalTo(3))
                .body("cultural", equalTo(3))
                .body("items.find { it.householdId == " + loose + " }.cultural", equalTo(true))
                .body("items.find { it.householdId == " + loose + " }.groupId", nullValue())
                .body("items.find { it.householdId == " + inGroup.get(0) + " }.groupName", equalTo("Nhóm LGTQ số 1, "
                        + hamlet.name()));
        TestRegisters.hamletLeader(hamlet).queryParam("year", 2023).get(path).then().statusCode(200)
                .body("rated", equalTo(0)).body("items.cultural", everyItem(nullValue()));
        // The group leader sees its group's households only, with totals over them.
        TestRegisters.groupLeader(hamlet, leader).queryParam("year", 2024).get(path).then().statusCode(200)
                .body("total", equalTo(2)).body("rated", equalTo(2))
                .body("items.householdId", containsInAnyOrder(inGroup.get(0).intValue(), inGroup.get(1).intValue()));
        Callers.province().queryParam("year", 2024).queryParam("size", 1).queryParam("page", 2).get(path).then()
                .statusCode(200).body("total", equalTo(3)).body("items.size()", equalTo(1));
        assertEquals(2, TestRegisters.audits(dataSource, "CULTURAL_RATING", "household", loose));
    }

    @Test
    void onlyTheHamletLeaderAndOfficersInScopeRate() {
        String path = "/api/v1/units/" + hamlet.id() + "/cultural-families";
        Map<String, Object> body = ratings(Map.of(inGroup.get(0), true));
        TestRegisters.groupLeader(hamlet, leader).body(body).put(path + "/2023").then().statusCode(403)
                .body("type", equalTo("urn:lgtq:problem:forbidden"));
        Callers.integration().body(body).put(path + "/2023").then().statusCode(403);
        Callers.integration().get(path).then().statusCode(403);
        TestRegisters.hamletLeader(otherHamlet).body(body).put(path + "/2023").then().statusCode(404);
        TestRegisters.hamletLeader(otherHamlet).get(path).then().statusCode(404);
        Callers.commune2().body(body).put(path + "/2023").then().statusCode(404)
                .contentType("application/problem+json");
        Callers.commune2().get(path).then().statusCode(404);
        TestRegisters.communeOfficer(TestRegisters.QUYNH_NHAI).get(path).then().statusCode(404);
    }

    @Test
    void ratingsAreValidated() {
        String path = "/api/v1/units/" + hamlet.id() + "/cultural-families/";
        var leaderOfHamlet = TestRegisters.hamletLeader(hamlet);
        leaderOfHamlet.body(ratings(Map.of())).put(path + 2022).then().statusCode(400)
                .body("errors[0].field", equalTo("ratings"));
        TestRegisters.hamletLeader(hamlet).body(Map.of("ratings", List.of(Map.of("householdId", loose),
                Map.of("householdId", elsewhere, "cultural", true)))).put(path + 2022).then().statusCode(400)
                .body("errors[0].field", equalTo("ratings[0].cultural"));
        // A household of another hamlet, then one listed twice.
        TestRegisters.communeOfficer(TestRegisters.MUONG_SAI).body(Map.of("ratings", List.of(
                Map.of("householdId", loose, "cultural", true), Map.of("householdId", elsewhere, "cultural", true))))
                .put(path + 2022).then().statusCode(400).body("errors[0].field", equalTo("ratings[1].householdId"));
        TestRegisters.hamletLeader(hamlet).body(Map.of("ratings", List.of(Map.of("householdId", loose, "cultural",
                true), Map.of("householdId", loose, "cultural", false)))).put(path + 2022).then().statusCode(400)
                .body("errors[0].field", equalTo("ratings[1].householdId"));
        TestRegisters.hamletLeader(hamlet).body(ratings(Map.of(loose, true)))
                .put(path + (LocalDate.now().getYear() + 1)).then().statusCode(400).body("errors[0].field", equalTo("year"));
        // Nothing of the refused requests was stored.
        TestRegisters.hamletLeader(hamlet).queryParam("year", 2022).get(path.substring(0, path.length() - 1)).then()
                .statusCode(200).body("rated", equalTo(0));
        // The unit must be a hamlet.
        long commune = TestRegisters.unit(TestRegisters.MUONG_SAI);
        TestRegisters.communeOfficer(TestRegisters.MUONG_SAI).get("/api/v1/units/" + commune + "/cultural-families")
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
        TestRegisters.communeOfficer(TestRegisters.MUONG_SAI).body(ratings(Map.of(loose, true)))
                .put("/api/v1/units/" + commune + "/cultural-families/2022").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
    }

    private static Map<String, Object> ratings(Map<Long, Boolean> byHousehold) {
        return Map.of("ratings", byHousehold.entrySet().stream()
                .map(e -> Map.of("householdId", e.getKey(), "cultural", e.getValue())).toList());
    }
}
