package vn.lgtq.dashboard;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestUnits;

/**
 * The national officer (Bộ Công an) is scoped to the country: its dashboard compares the 34 provinces, each row the
 * same figures the province's own officers see; it reads aggregates only, and no province sees the country.
 */
@QuarkusTest
class NationalDashboardTest {
    private static final String FROM = "2025-07-01";
    private static final String TO = "2026-06-30";

    @Test
    void theCountryDashboardComparesTheProvincesWithTheFiguresEachProvinceSees() {
        JsonPath national = Callers.national().queryParam("from", FROM).queryParam("to", TO)
                .get("/api/v1/dashboard").then().statusCode(200)
                .body("unit.level", equalTo("COUNTRY"))
                .body("unit.code", equalTo("VN"))
                .body("children", hasSize(34))
                .body("children.unit.level", everyItem(equalTo("PROVINCE")))
                .body("communes", hasSize(0))
                .extract().jsonPath();
        Map<String, Object> sonLaRow = national.<Map<String, Object>>getList("children").stream()
                .filter(row -> "14".equals(((Map<?, ?>) row.get("unit")).get("code"))).findFirst().orElseThrow();
        Map<String, Object> sonLa = Callers.province().queryParam("from", FROM).queryParam("to", TO)
                .get("/api/v1/dashboard").then().statusCode(200).extract().jsonPath().getMap("figures");
        assertEquals(sonLa, sonLaRow.get("figures"));

        long provinceHamlets = national.<Map<String, Object>>getList("children").stream()
                .mapToLong(row -> ((Number) ((Map<?, ?>) row.get("figures")).get("hamlets")).longValue()).sum();
        assertEquals(provinceHamlets, national.getLong("figures.hamlets"), "the country is the sum of its provinces");
    }

    @Test
    void theNationalOfficerReadsAggregatesOnlyAndNoProvinceSeesTheCountry() {
        long country = Callers.national().get("/api/v1/me").then().statusCode(200)
                .body("unit.level", equalTo("COUNTRY")).extract().jsonPath().getLong("unit.id");
        long sonLa = TestUnits.current("14");
        Callers.national().get("/api/v1/units/" + sonLa + "/coverage").then().statusCode(200);
        Callers.national().get("/api/v1/households").then().statusCode(403);
        Callers.national().get("/api/v1/tips").then().statusCode(403);
        Callers.national().get("/api/v1/reintegration-cases").then().statusCode(403);

        Callers.province().queryParam("unitId", country).get("/api/v1/dashboard").then().statusCode(404);
        Callers.province().get("/api/v1/units/" + country).then().statusCode(404);
        List<Object> ancestors = Callers.province().get("/api/v1/units/" + sonLa + "/ancestors").then()
                .statusCode(200).extract().jsonPath().getList("id");
        assertFalse(ancestors.contains((int) country));
        Callers.province().get("/api/v1/provinces/" + sonLa).then().statusCode(200).body("parentId",
                equalTo((int) country));
    }
}
