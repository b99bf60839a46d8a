package vn.lgtq.coverage;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestHouseholds;
import vn.lgtq.testing.TestUnits;

/** Coverage figures against a hand-counted fixture in a fresh commune. */
@QuarkusTest
class CoverageTest {
    @Test
    void figuresMatchTheHandCountedFixture() {
        // Phường Chiềng An: a reference commune no other test gives hamlets to (new units would change the counts
        // other tests make of the reference data).
        long commune = TestUnits.current("03664");
        long banA = TestUnits.hamlet(commune, "Bản A").getLong("id");
        long banB = TestUnits.hamlet(commune, "Bản B").getLong("id");
        TestUnits.hamlet(commune, "Bản C");

        // Bản A: one active group with 2 households (2 and 3 people), one household outside it.
        long groupA = TestHouseholds.group(Callers.province(), banA, 1).getLong("id");
        TestHouseholds.household(Callers.province(), banA, groupA, 2);
        TestHouseholds.household(Callers.province(), banA, groupA, 3);
        TestHouseholds.household(Callers.province(), banA, null, 4);
        // Bản B: a dissolved group (not counted) and one household; Bản C: nothing.
        var dissolved = TestHouseholds.group(Callers.province(), banB, 1);
        Map<String, Object> dissolve = new HashMap<>(Map.of("number", 1, "name", dissolved.getString("name"),
                "status", "DISSOLVED", "version", dissolved.getLong("version")));
        Callers.province().body(dissolve).put("/api/v1/groups/" + dissolved.getLong("id")).then().statusCode(200);
        TestHouseholds.household(Callers.province(), banB, null, 1);

        // 3 hamlets, 1 with an active group (33.3 %); 4 households, 2 in an active group (50 %); 1 group; 5 people.
        Callers.province().get("/api/v1/units/" + commune + "/coverage").then().statusCode(200)
                .body("unitName", equalTo("Phường Chiềng An")).body("unitLevel", equalTo("COMMUNE"))
                .body("hamlets", equalTo(3)).body("hamletsWithActiveGroup", equalTo(1))
                .body("hamletsWithActiveGroupPercent", equalTo(33.3f))
                .body("households", equalTo(4)).body("householdsInActiveGroup", equalTo(2))
                .body("householdsInActiveGroupPercent", equalTo(50.0f))
                .body("groups", equalTo(1)).body("peopleInMemberHouseholds", equalTo(5));

        Callers.province().get("/api/v1/units/" + commune + "/coverage/children").then().statusCode(200)
                .body("", hasSize(3)).body("unitName", equalTo(java.util.List.of("Bản A", "Bản B", "Bản C")))
                .body("[0].households", equalTo(3)).body("[0].householdsInActiveGroup", equalTo(2))
                .body("[0].hamletsWithActiveGroupPercent", equalTo(100.0f))
                .body("[1].groups", equalTo(0)).body("[1].households", equalTo(1))
                .body("[2].hamlets", equalTo(1)).body("[2].households", equalTo(0))
                .body("[2].householdsInActiveGroupPercent", equalTo(0.0f));

        // The commune's figures are part of the province's.
        Callers.province().get("/api/v1/units/" + TestUnits.current("14") + "/coverage").then().statusCode(200)
                .body("unitLevel", equalTo("PROVINCE"));
        Callers.commune2().get("/api/v1/units/" + commune + "/coverage").then().statusCode(404);
    }

    @Test
    void demoHamletOfTheFormerTownCountsInTheNewCommuneAndTheFormerDistrict() {
        long maiSon = TestUnits.current("04105");
        int inCommune = Callers.commune().get("/api/v1/units/" + maiSon + "/coverage").then().statusCode(200)
                .extract().jsonPath().getInt("groups");
        long district = TestUnits.id("125", "2025-06-30");
        Callers.district().get("/api/v1/units/" + district + "/coverage").then().statusCode(200)
                .body("groups", org.hamcrest.Matchers.greaterThanOrEqualTo(inCommune));
    }
}
