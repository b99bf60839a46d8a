package vn.lgtq.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestUnits;

/** Writes: who may write what, validation, duplicate codes, stale versions and the audit trail. */
@QuarkusTest
class UnitWriteTest {
    @Inject
    DataSource dataSource;

    long maiSon;
    long toHieu;

    @BeforeEach
    void findCommunes() {
        maiSon = TestUnits.current("04105");
        toHieu = TestUnits.current("03646");
    }

    @Test
    void communeOfficerCreatesAndEditsHamletsOfItsCommune() throws SQLException {
        String code = TestUnits.freshCode("04105");
        JsonPath created = Callers.commune().body(hamlet(code, "Bản Nà Sản", maiSon)).post("/api/v1/hamlets")
                .then().statusCode(201).header("Location", containsString("/api/v1/hamlets/"))
                .body("level", equalTo("HAMLET")).body("validFrom", notNullValue()).extract().jsonPath();
        long id = created.getLong("id");
        assertEquals(1, auditRows("CREATE", id, "commune"));

        Map<String, Object> update = hamlet(code, "Bản Nà Sản mới", maiSon);
        update.put("version", created.getLong("version"));
        Callers.commune().body(update).put("/api/v1/hamlets/" + id).then().statusCode(200)
                .body("name", equalTo("Bản Nà Sản mới"));
        assertEquals(1, auditRows("UPDATE", id, "commune"));

        // The same body again carries the old version: someone else's change came first.
        Callers.commune().body(update).put("/api/v1/hamlets/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:lgtq:problem:stale-version"));
    }

    @Test
    void outOfScopeWritesAnswer404AndWrongRolesAnswer403() {
        long tdp1 = TestUnits.current("03646-TDP1");
        Map<String, Object> update = hamlet("03646-TDP1", "Tổ dân phố 1", toHieu);
        update.put("version", 0);
        Callers.commune().body(update).put("/api/v1/hamlets/" + tdp1).then().statusCode(404)
                .contentType("application/problem+json");
        Callers.commune().body(hamlet(TestUnits.freshCode("X"), "Thôn lạ", toHieu)).post("/api/v1/hamlets")
                .then().statusCode(400).body("errors.field", contains("parentId"));
        Callers.commune().body(Map.of("code", TestUnits.freshCode("X"), "name", "Xã mới", "type", "XA",
                "parentId", TestUnits.current("14"))).post("/api/v1/communes").then().statusCode(403)
                .contentType("application/problem+json");
        Callers.hamlet().body(hamlet(TestUnits.freshCode("X"), "Thôn mới", maiSon)).post("/api/v1/hamlets")
                .then().statusCode(403);
        Callers.group().body(hamlet(TestUnits.freshCode("X"), "Thôn mới", maiSon)).post("/api/v1/hamlets")
                .then().statusCode(403);
        Callers.district().body(hamlet(TestUnits.freshCode("X"), "Thôn mới", maiSon)).post("/api/v1/hamlets")
                .then().statusCode(403);
        Callers.integration().body(hamlet(TestUnits.freshCode("X"), "Thôn mới", maiSon)).post("/api/v1/hamlets")
                .then().statusCode(403);
        Callers.province().body(Map.of("code", TestUnits.freshCode("P"), "name", "Tỉnh mới", "type", "TINH"))
                .post("/api/v1/provinces").then().statusCode(403);
        given().contentType("application/json").body(hamlet("X1", "Thôn", maiSon)).post("/api/v1/hamlets")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void provinceOfficerCreatesACommuneLinkedToItsFormerDistrict() {
        long district = TestUnits.id("125", "2025-06-30");
        long province = TestUnits.current("14");
        Callers.province().body(Map.of("code", TestUnits.freshCode("C"), "name", "Xã Thử Nghiệm", "type", "XA",
                        "parentId", province, "formerDistrictId", district,
                        "predecessorIds", java.util.List.of(TestUnits.id("04105", "2025-06-30"))))
                .post("/api/v1/communes").then().statusCode(201)
                .body("formerDistrictId", equalTo((int) district));
        Callers.district().queryParam("q", "thu nghiem").get("/api/v1/communes").then().statusCode(200)
                .body("items.name", contains("Xã Thử Nghiệm"));
    }

    @Test
    void invalidBodiesListEveryBadField() {
        Callers.commune().body(Map.of("code", "có dấu", "name", " ", "type", "XA", "parentId", maiSon))
                .post("/api/v1/hamlets").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:lgtq:problem:validation"))
                .body("errors.field", contains("code", "name"));
        Callers.commune().body(Map.of("code", TestUnits.freshCode("X"), "name", "Xã trong xã", "type", "XA",
                "parentId", maiSon)).post("/api/v1/hamlets").then().statusCode(400)
                .body("errors.field", contains("type"));
        Callers.commune().body(Map.of("name", "Thôn", "type", "KHONG_CO", "parentId", maiSon))
                .post("/api/v1/hamlets").then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("com.fasterxml")));
        Callers.commune().body("{\"code\": ").post("/api/v1/hamlets").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:lgtq:problem:unreadable"))
                .body(not(containsString("Exception")));
        Callers.commune().contentType("text/plain").body("code=1").post("/api/v1/hamlets").then().statusCode(415)
                .contentType("application/problem+json").body("status", equalTo(415));
        Callers.commune().get("/api/v1/units/abc").then().statusCode(404).contentType("application/problem+json");
        Callers.commune().queryParam("date", "2025-02-30").get("/api/v1/units").then().statusCode(400)
                .body("errors.field", contains("date"));
    }

    @Test
    void codesAreUniqueOnlyAmongUnitsValidOnTheSameDay() {
        String code = TestUnits.freshCode("04105");
        Map<String, Object> original = hamlet(code, "Bản Một", maiSon);
        original.put("validFrom", "2025-07-01");
        JsonPath first = Callers.commune().body(original).post("/api/v1/hamlets").then()
                .statusCode(201).extract().jsonPath();
        Callers.commune().body(hamlet(code, "Bản Hai", maiSon)).post("/api/v1/hamlets").then().statusCode(409)
                .body("type", equalTo("urn:lgtq:problem:duplicate-code"));

        // Retired, its code may serve a new unit from the next day on, as the GSO does.
        Callers.commune().body(Map.of("validTo", "2025-12-31", "version", first.getLong("version")))
                .post("/api/v1/hamlets/" + first.getLong("id") + "/retire").then().statusCode(200)
                .body("validTo", equalTo("2025-12-31"));
        Map<String, Object> reuse = hamlet(code, "Bản Hai", maiSon);
        reuse.put("validFrom", "2026-01-01");
        Callers.commune().body(reuse).post("/api/v1/hamlets").then().statusCode(201);

        Callers.commune().queryParam("q", code).get("/api/v1/hamlets").then()
                .body("items.name", contains("Bản Hai"));
        Callers.commune().queryParam("q", code).queryParam("date", "2025-08-01").get("/api/v1/hamlets").then()
                .body("items.name", contains("Bản Một"));
    }

    @Test
    void retireRejectsAnEndBeforeTheStart() {
        JsonPath created = TestUnits.hamlet(maiSon, "Thôn Ngắn Hạn");
        Callers.commune().body(Map.of("validTo", "2025-01-01", "version", created.getLong("version")))
                .post("/api/v1/hamlets/" + created.getLong("id") + "/retire").then().statusCode(400)
                .body("errors.field", contains("validTo"));
    }

    @Test
    void theAuditTrailIsAppendOnly() throws SQLException {
        long id = TestUnits.hamlet(maiSon, "Thôn Kiểm Toán").getLong("id");
        assertEquals(1, auditRows("CREATE", id, "province"));
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM audit_event WHERE entity_id = ?")) {
            delete.setString(1, String.valueOf(id));
            assertThrows(SQLException.class, delete::executeUpdate);
        }
        assertEquals(1, auditRows("CREATE", id, "province"));
    }

    private static Map<String, Object> hamlet(String code, String name, long parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("type", "BAN");
        body.put("parentId", parentId);
        return body;
    }

    private int auditRows(String action, long id, String actor) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement("SELECT count(*) FROM audit_event"
                        + " WHERE action = ? AND entity_type = 'unit' AND entity_id = ? AND actor = ?"
                        + " AND actor_roles <> '' AND occurred_at IS NOT NULL")) {
            query.setString(1, action);
            query.setString(2, String.valueOf(id));
            query.setString(3, actor);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
