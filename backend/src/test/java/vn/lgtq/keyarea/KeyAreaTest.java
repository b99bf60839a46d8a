package vn.lgtq.keyarea;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import vn.lgtq.testing.TestUnits;

/** The key areas of Xã Thuận Châu and a hamlet of it made for this class. */
@QuarkusTest
class KeyAreaTest {
    private static final String AREAS = "/api/v1/key-areas";
    private static Hamlet hamlet;

    @Inject
    DataSource dataSource;

    long thuanChau;

    @BeforeEach
    void findUnits() {
        thuanChau = TestRegisters.unit(TestRegisters.THUAN_CHAU);
        if (hamlet == null) {
            hamlet = TestRegisters.hamlet(TestRegisters.THUAN_CHAU, "Bản Trọng Điểm");
        }
    }

    @Test
    void anOfficerListsAKeyAreaAndRecordsItsTransformation() throws SQLException {
        var officer = TestRegisters.communeOfficer(TestRegisters.THUAN_CHAU);
        var created = officer.body(area(hamlet.id(), "Khu vực bến xe cũ", "2023-03-01", null)).post(AREAS).then()
                .statusCode(201).body("unitId", equalTo((int) hamlet.id())).body("unitName", equalTo(hamlet.name()))
                .body("unitLevel", equalTo("HAMLET")).body("name", equalTo("Khu vực bến xe cũ"))
                .body("problem", equalTo("Tụ điểm mua bán, sử dụng ma túy")).body("listedOn", equalTo("2023-03-01"))
                .body("transformed", equalTo(false)).body("recordedBy", equalTo("cong-an-03721")).body("version", equalTo(0));
        long id = created.extract().jsonPath().getLong("id");
        created.header("Location", endsWith(AREAS + "/" + id));

        Map<String, Object> update = area(hamlet.id(), "Khu vực bến xe cũ", "2023-03-01", "2025-06-30");
        update.put("version", 0);
        TestRegisters.communeOfficer(TestRegisters.THUAN_CHAU).body(update).put(AREAS + "/" + id).then()
                .statusCode(200).body("transformedOn", equalTo("2025-06-30")).body("transformed", equalTo(true))
                .body("version", equalTo(1));
        Callers.province().body(update).put(AREAS + "/" + id).then().statusCode(409)
                .body("type", equalTo("urn:lgtq:problem:stale-version"));
        Callers.province().get(AREAS + "/" + id).then().statusCode(200).body("transformed", equalTo(true));

        long open = Callers.province().body(area(hamlet.id(), "Chợ phiên", "2024-01-10", null)).post(AREAS).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long ofCommune = Callers.province().body(area(thuanChau, "Chợ trung tâm", "2024-01-10", null)).post(AREAS)
                .then().statusCode(201).body("unitLevel", equalTo("COMMUNE")).extract().jsonPath().getLong("id");
        TestRegisters.communeOfficer(TestRegisters.THUAN_CHAU).queryParam("transformed", true).queryParam("size", 200)
                .get(AREAS).then().statusCode(200).body("items.id", hasItem((int) id))
                .body("items.id", not(hasItem((int) open))).body("items.transformed", everyItem(equalTo(true)));
        TestRegisters.communeOfficer(TestRegisters.THUAN_CHAU).queryParam("transformed", false).queryParam("size", 200)
                .get(AREAS).then().statusCode(200).body("items.id", hasItem((int) open))
                .body("items.id", hasItem((int) ofCommune)).body("items.id", not(hasItem((int) id)));
        // The hamlet's own: newest listed first, unless sorted otherwise.
        Hamlet own = TestRegisters.hamlet(TestRegisters.THUAN_CHAU, "Bản Sắp Xếp");
        long older = Callers.province().body(area(own.id(), "Ngõ 1", "2022-02-02", null)).post(AREAS).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long newer = Callers.province().body(area(own.id(), "Ngõ 2", "2024-04-04", null)).post(AREAS).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        TestRegisters.communeOfficer(TestRegisters.THUAN_CHAU).queryParam("unitId", own.id()).get(AREAS).then()
                .statusCode(200).body("total", equalTo(2)).body("items.id", equalTo(List.of((int) newer, (int) older)));
        TestRegisters.communeOfficer(TestRegisters.THUAN_CHAU).queryParam("unitId", own.id())
                .queryParam("sort", "listedOn").get(AREAS).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) older, (int) newer)));
        TestRegisters.communeOfficer(TestRegisters.THUAN_CHAU).queryParam("sort", "color").get(AREAS).then()
                .statusCode(400).body("errors[0].field", equalTo("sort"));
        assertEquals(1, TestRegisters.audits(dataSource, "CREATE", "key-area", id));
        assertEquals(1, TestRegisters.audits(dataSource, "UPDATE", "key-area", id));
    }

    @Test
    void onlyOfficersInScopeSeeAndWriteKeyAreas() {
        long id = Callers.province().body(area(hamlet.id(), "Bãi đất trống cuối bản", "2024-05-01", null)).post(AREAS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        TestRegisters.hamletLeader(hamlet).get(AREAS).then().statusCode(403);
        TestRegisters.hamletLeader(hamlet).get(AREAS + "/" + id).then().statusCode(403);
        TestRegisters.hamletLeader(hamlet).body(area(hamlet.id(), "Ngõ 3", "2024-05-01", null)).post(AREAS).then()
                .statusCode(403).body("type", equalTo("urn:lgtq:problem:forbidden"));
        Callers.integration().get(AREAS).then().statusCode(403);
        Callers.commune2().get(AREAS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        Callers.commune2().body(area(hamlet.id(), "Ngõ 3", "2024-05-01", null)).post(AREAS).then().statusCode(404);
        Map<String, Object> update = area(hamlet.id(), "Ngõ 3", "2024-05-01", null);
        update.put("version", 0);
        Callers.commune2().body(update).put(AREAS + "/" + id).then().statusCode(404);
        Callers.commune2().queryParam("unitId", thuanChau).get(AREAS).then().statusCode(404);
        Callers.commune2().queryParam("size", 200).get(AREAS).then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        TestRegisters.districtOfficer(TestRegisters.QUYNH_NHAI_DISTRICT).get(AREAS + "/" + id).then().statusCode(404);
    }

    @Test
    void keyAreasAreValidated() {
        var officer = TestRegisters.communeOfficer(TestRegisters.THUAN_CHAU);
        officer.body(area(hamlet.id(), "Ngõ 5", "2024-05-01", "2024-04-30")).post(AREAS).then().statusCode(400)
                .body("errors[0].field", equalTo("transformedOn"));
        Callers.province().body(area(hamlet.id(), "Ngõ 5", LocalDate.now().plusDays(1).toString(), null)).post(AREAS)
                .then().statusCode(400).body("errors[0].field", equalTo("listedOn"));
        Callers.province().body(area(hamlet.id(), " ", "2024-05-01", null)).post(AREAS).then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        long province = TestUnits.current("14");
        Callers.province().body(area(province, "Cả tỉnh", "2024-05-01", null)).post(AREAS).then().statusCode(400)
                .body("errors[0].field", equalTo("unitId"));
        long id = Callers.province().body(area(hamlet.id(), "Ngõ 5", "2024-05-01", null)).post(AREAS).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> backwards = area(hamlet.id(), "Ngõ 5", "2024-05-01", "2024-01-01");
        backwards.put("version", 0);
        Callers.province().body(backwards).put(AREAS + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("transformedOn"));
        Map<String, Object> noVersion = area(hamlet.id(), "Ngõ 5", "2024-05-01", null);
        Callers.province().body(noVersion).put(AREAS + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        Callers.province().get(AREAS + "/999999999").then().statusCode(404);
    }

    private static Map<String, Object> area(long unitId, String name, String listedOn, String transformedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("name", name);
        body.put("problem", "Tụ điểm mua bán, sử dụng ma túy");
        body.put("listedOn", listedOn);
        body.put("transformedOn", transformedOn);
        body.put("note", "Theo kế hoạch của Công an tỉnh");
        return body;
    }
}
