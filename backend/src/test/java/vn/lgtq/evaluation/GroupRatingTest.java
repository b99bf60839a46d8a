package vn.lgtq.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestRegisters;
import vn.lgtq.testing.TestRegisters.Hamlet;

/** Group ratings in a hamlet of Xã Quỳnh Nhai made for this class: who rates, who reads, what is refused. */
@QuarkusTest
class GroupRatingTest {
    private static Hamlet hamlet;
    private static String leader;
    private static long ledGroup;
    private static long otherGroup;
    private static long foundedGroup;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void makeGroups() {
        if (hamlet == null) {
            hamlet = TestRegisters.hamlet(TestRegisters.QUYNH_NHAI, "Bản Xếp Loại");
            leader = "nhom-truong-" + TestRegisters.unique();
            ledGroup = TestRegisters.group(hamlet, 1, leader, "2019-05-01");
            otherGroup = TestRegisters.group(hamlet, 2, null, null);
            foundedGroup = TestRegisters.group(hamlet, 3, null, "2019-05-01");
        }
    }

    @Test
    void theScaleIsConfiguredAndPublished() {
        Callers.integration().get("/api/v1/evaluation/group-rating-scale").then().statusCode(200)
                .body("levels", equalTo(List.of("Tốt", "Khá", "Trung bình", "Yếu")))
                .body("goodOrBetterLevels", equalTo(1))
                .body("criteria", equalTo(List.of("REGULAR_MEETINGS", "TIPS_PROVIDED", "DISPUTES_MEDIATED",
                        "PATROLS_JOINED", "COMMITMENTS_SIGNED", "NO_SOCIAL_EVILS")));
        given().get("/api/v1/evaluation/group-rating-scale").then().statusCode(401);
    }

    @Test
    void anOfficerRatesAGroupAndTheRatingIsReadBack() throws SQLException {
        String path = "/api/v1/groups/" + ledGroup + "/ratings/";
        Map<String, Object> body = rating("Khá", "PATROLS_JOINED", "REGULAR_MEETINGS", "PATROLS_JOINED");
        long version = TestRegisters.communeOfficer(TestRegisters.QUYNH_NHAI).body(body).put(path + 2023).then()
                .statusCode(200).body("groupId", equalTo((int) ledGroup)).body("year", equalTo(2023))
                .body("rating", equalTo("Khá")).body("rank", equalTo(2)).body("goodOrBetter", equalTo(false))
                .body("criteriaMet", equalTo(List.of("REGULAR_MEETINGS", "PATROLS_JOINED")))
                .body("note", equalTo("Họp đều")).body("ratedBy", equalTo("cong-an-03703"))
                .body("ratedAt", notNullValue()).extract().jsonPath().getLong("version");
        Callers.province().body(rating("Tốt")).put(path + 2024).then().statusCode(200).body("rank", equalTo(1))
                .body("goodOrBetter", equalTo(true)).body("criteriaMet", hasSize(0));
        // A change with the version read; the same version again is stale.
        Map<String, Object> change = rating(" Tốt ", "NO_SOCIAL_EVILS");
        change.put("version", version);
        TestRegisters.districtOfficer(TestRegisters.QUYNH_NHAI_DISTRICT).body(change).put(path + 2023).then()
                .statusCode(200).body("rating", equalTo("Tốt")).body("goodOrBetter", equalTo(true))
                .body("ratedBy", equalTo("cong-an-huyen-118"));
        Callers.province().body(change).put(path + 2023).then().statusCode(409)
                .body("type", equalTo("urn:lgtq:problem:stale-version"));

        // Officers, the hamlet leader and the group's own leader read it, newest year first.
        Callers.province().get("/api/v1/groups/" + ledGroup + "/ratings").then().statusCode(200)
                .body("year", equalTo(List.of(2024, 2023))).body("[1].criteriaMet", equalTo(List.of("NO_SOCIAL_EVILS")));
        TestRegisters.hamletLeader(hamlet).get("/api/v1/groups/" + ledGroup + "/ratings").then().statusCode(200)
                .body("rating", equalTo(List.of("Tốt", "Tốt")));
        TestRegisters.groupLeader(hamlet, leader).get("/api/v1/groups/" + ledGroup + "/ratings").then()
                .statusCode(200).body("year", equalTo(List.of(2024, 2023)));
        assertEquals(3, TestRegisters.audits(dataSource, "RATE", "group", ledGroup));
    }

    @Test
    void onlyOfficersInScopeRateAndLeadersReadOnlyWhatTheyLead() {
        String path = "/api/v1/groups/" + otherGroup + "/ratings";
        TestRegisters.hamletLeader(hamlet).body(rating("Tốt")).put(path + "/2024").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("urn:lgtq:problem:forbidden"));
        TestRegisters.groupLeader(hamlet, leader).body(rating("Tốt")).put("/api/v1/groups/" + ledGroup
                + "/ratings/2024").then().statusCode(403);
        Callers.integration().body(rating("Tốt")).put(path + "/2024").then().statusCode(403);
        Callers.integration().get(path).then().statusCode(403);
        // Out of scope: another commune's officer, the officers of another former district.
        Callers.commune2().get(path).then().statusCode(404).contentType("application/problem+json");
        Callers.commune2().body(rating("Tốt")).put(path + "/2024").then().statusCode(404);
        Callers.district().body(rating("Tốt")).put(path + "/2024").then().statusCode(404);
        // A group leader sees only the group it leads.
        TestRegisters.groupLeader(hamlet, leader).get(path).then().statusCode(404);
        Callers.province().get(path).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void ratingsAreValidated() {
        String path = "/api/v1/groups/" + otherGroup + "/ratings/";
        var officer = TestRegisters.communeOfficer(TestRegisters.QUYNH_NHAI);
        officer.body(rating("Xuất sắc")).put(path + 2024).then().statusCode(400)
                .body("type", equalTo("urn:lgtq:problem:validation")).body("errors[0].field", equalTo("rating"));
        TestRegisters.communeOfficer(TestRegisters.QUYNH_NHAI).body(rating("")).put(path + 2024).then()
                .statusCode(400).body("errors[0].field", equalTo("rating"));
        TestRegisters.communeOfficer(TestRegisters.QUYNH_NHAI).body(rating("Tốt", "BRAVERY")).put(path + 2024).then()
                .statusCode(400).body("errors[0].field", equalTo("criteriaMet.0"));
        int next = LocalDate.now().getYear() + 1;
        TestRegisters.communeOfficer(TestRegisters.QUYNH_NHAI).body(rating("Tốt")).put(path + next).then()
                .statusCode(400).body("errors[0].field", equalTo("year"));
        TestRegisters.communeOfficer(TestRegisters.QUYNH_NHAI).body(rating("Tốt")).put(path + 1999).then()
                .statusCode(400).body("errors[0].field", equalTo("year"));
        // Not before the year the group was founded (2019).
        TestRegisters.communeOfficer(TestRegisters.QUYNH_NHAI).body(rating("Tốt"))
                .put("/api/v1/groups/" + foundedGroup + "/ratings/2018").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        TestRegisters.communeOfficer(TestRegisters.QUYNH_NHAI).body(rating("Tốt"))
                .put("/api/v1/groups/" + foundedGroup + "/ratings/2019").then().statusCode(200);
    }

    @Test
    void theUnitListShowsEveryActiveGroupWithItsRatingOrNone() {
        Hamlet own = TestRegisters.hamlet(TestRegisters.QUYNH_NHAI, "Bản Danh Sách");
        long first = TestRegisters.group(own, 1, null, null);
        long second = TestRegisters.group(own, 2, null, null);
        long third = TestRegisters.group(own, 3, null, null);
        Callers.province().body(rating("Tốt")).put("/api/v1/groups/" + first + "/ratings/2022").then().statusCode(200);
        Callers.province().body(rating("Yếu")).put("/api/v1/groups/" + third + "/ratings/2022").then().statusCode(200);
        Callers.province().body(rating("Tốt")).put("/api/v1/groups/" + second + "/ratings/2021").then().statusCode(200);

        String list = "/api/v1/units/" + own.id() + "/group-ratings";
        TestRegisters.communeOfficer(TestRegisters.QUYNH_NHAI).queryParam("year", 2022).get(list).then()
                .statusCode(200).body("year", equalTo(2022)).body("total", equalTo(3)).body("rated", equalTo(2))
                .body("goodOrBetter", equalTo(1))
                .body("items.groupId", equalTo(List.of((int) first, (int) second, (int) third)))
                .body("items[0].hamletName", equalTo(own.name())).body("items[0].rating.rating", equalTo("Tốt"))
                .body("items[1].rating", nullValue()).body("items[2].rating.rank", equalTo(4));
        TestRegisters.hamletLeader(own).queryParam("year", 2022).queryParam("size", 2).queryParam("page", 1)
                .get(list).then().statusCode(200).body("total", equalTo(3))
                .body("items.groupId", equalTo(List.of((int) third)));
        TestRegisters.groupLeader(own, "nobody").get(list).then().statusCode(403);
        Callers.integration().get(list).then().statusCode(403);
        Callers.commune2().get(list).then().statusCode(404);
        TestRegisters.hamletLeader(hamlet).get(list).then().statusCode(404);
        // The whole commune lists at least these groups.
        long commune = TestRegisters.unit(TestRegisters.QUYNH_NHAI);
        TestRegisters.communeOfficer(TestRegisters.QUYNH_NHAI).queryParam("year", 2022).queryParam("size", 200)
                .get("/api/v1/units/" + commune + "/group-ratings").then().statusCode(200)
                .body("items.find { it.groupId == " + third + " }.rating.rating", equalTo("Yếu"));
    }

    static Map<String, Object> rating(String level, String... criteria) {
        Map<String, Object> body = new HashMap<>();
        body.put("rating", level);
        body.put("criteriaMet", List.of(criteria));
        body.put("note", "Họp đều");
        return body;
    }
}
