package vn.lgtq.recognition;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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

/** Recognitions in Xã Quỳnh Nhai (a hamlet with a led group and another group) and Xã Mường Sại. */
@QuarkusTest
class RecognitionTest {
    private static final String RECOGNITIONS = "/api/v1/recognitions";
    private static Hamlet hamlet;
    private static String leader;
    private static long ledGroup;
    private static long otherGroup;
    private static long groupOfMuongSai;

    @Inject
    DataSource dataSource;

    long quynhNhai;

    @BeforeEach
    void makeGroups() {
        quynhNhai = TestRegisters.unit(TestRegisters.QUYNH_NHAI);
        if (hamlet == null) {
            hamlet = TestRegisters.hamlet(TestRegisters.QUYNH_NHAI, "Bản Khen Thưởng");
            leader = "nhom-truong-" + TestRegisters.unique();
            ledGroup = TestRegisters.group(hamlet, 1, leader, null);
            otherGroup = TestRegisters.group(hamlet, 2, null, null);
            groupOfMuongSai = TestRegisters.group(TestRegisters.hamlet(TestRegisters.MUONG_SAI, "Bản Xa"), 1, null, null);
        }
    }

    @Test
    void officersRecordRecognitionsAndTheGroupsReadTheirs() throws SQLException {
        var officer = TestRegisters.communeOfficer(TestRegisters.QUYNH_NHAI);
        var created = officer.body(recognition(quynhNhai, ledGroup, null, 2024, "DISTRICT")).post(RECOGNITIONS).then()
                .statusCode(201).body("unitId", equalTo((int) quynhNhai)).body("unitName", equalTo("Xã Quỳnh Nhai"))
                .body("groupId", equalTo((int) ledGroup)).body("groupName", equalTo("Nhóm LGTQ số 1, " + hamlet.name()))
                .body("personName", nullValue()).body("year", equalTo(2024)).body("level", equalTo("DISTRICT"))
                .body("reason", equalTo("Phát hiện, tố giác tội phạm")).body("recordedBy", equalTo("cong-an-03703"));
        long forLed = created.extract().jsonPath().getLong("id");
        created.header("Location", endsWith(RECOGNITIONS + "/" + forLed));
        long forOther = Callers.province().body(recognition(hamlet.id(), otherGroup, "Lò Văn Sáng", 2024, "PROVINCE"))
                .post(RECOGNITIONS).then().statusCode(201).body("personName", equalTo("Lò Văn Sáng")).extract()
                .jsonPath().getLong("id");
        long person = Callers.province().body(recognition(hamlet.id(), null, " Cầm Thị Hoa ", 2023, "COMMUNE"))
                .post(RECOGNITIONS).then().statusCode(201).body("personName", equalTo("Cầm Thị Hoa"))
                .body("groupId", nullValue()).extract().jsonPath().getLong("id");

        // The hamlet leader sees the hamlet's, including its group's recorded under the commune.
        TestRegisters.hamletLeader(hamlet).get(RECOGNITIONS).then().statusCode(200).body("total", equalTo(3))
                .body("items.id", equalTo(List.of((int) forOther, (int) forLed, (int) person)));
        // The group leader: its own group's and the hamlet's people, not another group's.
        TestRegisters.groupLeader(hamlet, leader).get(RECOGNITIONS).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) forLed, (int) person)));
        TestRegisters.groupLeader(hamlet, leader).get(RECOGNITIONS + "/" + forOther).then().statusCode(404);
        TestRegisters.groupLeader(hamlet, leader).get(RECOGNITIONS + "/" + forLed).then().statusCode(200);
        TestRegisters.communeOfficer(TestRegisters.QUYNH_NHAI).queryParam("unitId", hamlet.id()).queryParam("year", 2024)
                .get(RECOGNITIONS).then().statusCode(200).body("items.year", everyItem(equalTo(2024)))
                .body("items.id", equalTo(List.of((int) forOther, (int) forLed)));
        TestRegisters.communeOfficer(TestRegisters.QUYNH_NHAI).queryParam("unitId", hamlet.id()).queryParam("sort", "year")
                .get(RECOGNITIONS).then().statusCode(200).body("items[0].id", equalTo((int) person));
        assertEquals(1, TestRegisters.audits(dataSource, "CREATE", "recognition", forLed));
    }

    @Test
    void onlyOfficersRecordAndOnlyInScope() {
        TestRegisters.hamletLeader(hamlet).body(recognition(hamlet.id(), ledGroup, null, 2024, "COMMUNE"))
                .post(RECOGNITIONS).then().statusCode(403).body("type", equalTo("urn:lgtq:problem:forbidden"));
        TestRegisters.groupLeader(hamlet, leader).body(recognition(hamlet.id(), ledGroup, null, 2024, "COMMUNE"))
                .post(RECOGNITIONS).then().statusCode(403);
        Callers.integration().body(recognition(hamlet.id(), ledGroup, null, 2024, "COMMUNE")).post(RECOGNITIONS).then()
                .statusCode(403);
        Callers.integration().get(RECOGNITIONS).then().statusCode(403);
        Callers.commune2().body(recognition(quynhNhai, null, "Lò Văn A", 2024, "COMMUNE")).post(RECOGNITIONS).then()
                .statusCode(404).contentType("application/problem+json");
        Callers.commune2().queryParam("unitId", hamlet.id()).get(RECOGNITIONS).then().statusCode(404);
        long id = Callers.province().body(recognition(quynhNhai, null, "Lò Văn A", 2022, "MINISTRY"))
                .post(RECOGNITIONS).then().statusCode(201).extract().jsonPath().getLong("id");
        Callers.commune2().get(RECOGNITIONS + "/" + id).then().statusCode(404);
        Callers.commune2().queryParam("size", 200).get(RECOGNITIONS).then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        // A group of another commune is not the commune officer's to name.
        TestRegisters.communeOfficer(TestRegisters.QUYNH_NHAI)
                .body(recognition(quynhNhai, groupOfMuongSai, null, 2024, "COMMUNE")).post(RECOGNITIONS).then()
                .statusCode(400).body("errors[0].field", equalTo("groupId"));
    }

    @Test
    void recognitionsAreValidated() {
        Callers.province().body(recognition(hamlet.id(), null, " ", 2024, "COMMUNE")).post(RECOGNITIONS).then()
                .statusCode(400).body("errors[0].field", equalTo("personName"));
        // The group must lie below the unit it is recorded under.
        Callers.province().body(recognition(hamlet.id(), groupOfMuongSai, null, 2024, "COMMUNE")).post(RECOGNITIONS)
                .then().statusCode(400).body("errors[0].field", equalTo("groupId"));
        Callers.province().body(recognition(hamlet.id(), ledGroup, null, LocalDate.now().getYear() + 1, "COMMUNE"))
                .post(RECOGNITIONS).then().statusCode(400).body("errors[0].field", equalTo("year"));
        Callers.province().body(recognition(hamlet.id(), ledGroup, null, 2024, "NATION")).post(RECOGNITIONS).then()
                .statusCode(400).body("errors[0].field", equalTo("level"));
        Map<String, Object> noReason = recognition(hamlet.id(), ledGroup, null, 2024, "COMMUNE");
        noReason.remove("reason");
        Callers.province().body(noReason).post(RECOGNITIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Callers.province().queryParam("year", 1999).get(RECOGNITIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    private static Map<String, Object> recognition(long unitId, Long groupId, String person, int year, String level) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("groupId", groupId);
        body.put("personName", person);
        body.put("year", year);
        body.put("level", level);
        body.put("reason", "Phát hiện, tố giác tội phạm");
        return body;
    }
}
