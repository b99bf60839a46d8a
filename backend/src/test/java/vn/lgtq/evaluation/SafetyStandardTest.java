package vn.lgtq.evaluation;

import static org.hamcrest.Matchers.equalTo;
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

/**
 * The safety standard of Xã Quỳnh Nhai, Xã Mường Sại (former district 118) and Xã Thuận Châu (former district 119).
 * Each test uses its own years, so the decisions it reads are its own.
 */
@QuarkusTest
class SafetyStandardTest {
    @Inject
    DataSource dataSource;

    long quynhNhai;
    long muongSai;
    long thuanChau;
    long district;

    @BeforeEach
    void findCommunes() {
        quynhNhai = TestRegisters.unit(TestRegisters.QUYNH_NHAI);
        muongSai = TestRegisters.unit(TestRegisters.MUONG_SAI);
        thuanChau = TestRegisters.unit(TestRegisters.THUAN_CHAU);
        district = TestRegisters.unit(TestRegisters.QUYNH_NHAI_DISTRICT);
    }

    @Test
    void theDistrictDecidesForItsCommunesAndTheCommuneCannotRateItself() throws SQLException {
        var districtOfficer = TestRegisters.districtOfficer(TestRegisters.QUYNH_NHAI_DISTRICT);
        long version = districtOfficer.body(decision(false, "2025-12-20")).put(path(quynhNhai) + "/2025").then()
                .statusCode(200).body("communeId", equalTo((int) quynhNhai)).body("communeCode", equalTo("03703"))
                .body("communeName", equalTo("Xã Quỳnh Nhai")).body("year", equalTo(2025)).body("met", equalTo(false))
                .body("decidedOn", equalTo("2025-12-20")).body("decisionRef", equalTo("123/QĐ-UBND"))
                .body("recordedBy", equalTo("cong-an-huyen-118")).extract().jsonPath().getLong("version");
        Map<String, Object> correction = decision(true, "2025-12-22");
        correction.put("version", version);
        Callers.province().body(correction).put(path(quynhNhai) + "/2025").then().statusCode(200)
                .body("met", equalTo(true)).body("decidedOn", equalTo("2025-12-22")).body("recordedBy", equalTo("province"));
        Callers.province().body(correction).put(path(quynhNhai) + "/2025").then().statusCode(409)
                .body("type", equalTo("urn:lgtq:problem:stale-version"));
        Callers.province().body(decision(true, "2026-01-05")).put(path(thuanChau) + "/2025").then().statusCode(200);

        // A commune officer may not rate, least of all its own commune; nor may leaders or other systems.
        TestRegisters.communeOfficer(TestRegisters.QUYNH_NHAI).body(decision(true, "2025-12-20"))
                .put(path(quynhNhai) + "/2025").then().statusCode(403).body("type", equalTo("urn:lgtq:problem:forbidden"));
        Callers.as("both-roles", TestRegisters.QUYNH_NHAI, "commune-officer", "district-officer")
                .body(decision(true, "2025-12-20")).put(path(quynhNhai) + "/2025").then().statusCode(403);
        Callers.integration().body(decision(true, "2025-12-20")).put(path(quynhNhai) + "/2025").then().statusCode(403);
        // Out of scope: district 118 does not cover Thuận Châu, nor does Mai Sơn's district cover Quỳnh Nhai.
        districtOfficer.body(decision(true, "2025-12-20")).put(path(thuanChau) + "/2025").then().statusCode(404);
        Callers.district().body(decision(true, "2025-12-20")).put(path(quynhNhai) + "/2025").then().statusCode(404);

        // Officers read: the district's communes of the year, with a decision or none.
        TestRegisters.districtOfficer(TestRegisters.QUYNH_NHAI_DISTRICT).queryParam("year", 2025)
                .queryParam("size", 200).get(path(district)).then().statusCode(200)
                .body("items.find { it.communeId == " + quynhNhai + " }.met", equalTo(true))
                .body("items.find { it.communeId == " + muongSai + " }.met", nullValue())
                .body("items.find { it.communeId == " + muongSai + " }.communeName", equalTo("Xã Mường Sại"))
                .body("items.communeId", not(hasItem((int) thuanChau))).body("decided", equalTo(1))
                .body("met", equalTo(1));
        // The commune officer reads its own commune's decisions of every year.
        TestRegisters.communeOfficer(TestRegisters.QUYNH_NHAI).get(path(quynhNhai)).then().statusCode(200)
                .body("items.year", equalTo(List.of(2025))).body("total", equalTo(1));
        TestRegisters.communeOfficer(TestRegisters.QUYNH_NHAI).get(path(muongSai)).then().statusCode(404);
        Callers.commune2().get(path(quynhNhai)).then().statusCode(404);
        Callers.integration().get(path(quynhNhai)).then().statusCode(403);
        assertEquals(2, TestRegisters.audits(dataSource, "SAFETY_STANDARD", "unit", quynhNhai));
    }

    @Test
    void decisionsAreValidated() {
        var province = Callers.province();
        province.body(decision(true, LocalDate.now().plusDays(1).toString())).put(path(muongSai) + "/2024").then()
                .statusCode(400).body("errors[0].field", equalTo("decidedOn"));
        Callers.province().body(decision(true, "2024-12-20")).put(path(muongSai) + "/2025").then().statusCode(400)
                .body("errors[0].field", equalTo("decidedOn"));
        Callers.province().body(decision(true, LocalDate.now().toString()))
                .put(path(muongSai) + "/" + (LocalDate.now().getYear() + 1)).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        // Xã Mường Sại exists from 1 July 2025 only.
        Callers.province().body(decision(true, "2024-12-20")).put(path(muongSai) + "/2024").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        Map<String, Object> noMet = decision(true, "2025-12-20");
        noMet.remove("met");
        Callers.province().body(noMet).put(path(muongSai) + "/2025").then().statusCode(400)
                .body("errors[0].field", equalTo("met"));
        // Only a commune is rated; a hamlet's list is refused.
        long hamlet = TestRegisters.hamlet(TestRegisters.MUONG_SAI, "Bản An Toàn").id();
        Callers.province().body(decision(true, "2025-12-20")).put(path(hamlet) + "/2025").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
        Callers.province().body(decision(true, "2025-12-20")).put(path(district) + "/2025").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
        Callers.province().get(path(hamlet)).then().statusCode(400).body("errors[0].field", equalTo("id"));
        Callers.province().queryParam("year", 2025).get(path(muongSai)).then().statusCode(200)
                .body("items[0].met", nullValue()).body("decided", equalTo(0));
    }

    private static String path(long unitId) {
        return "/api/v1/units/" + unitId + "/safety-standards";
    }

    private static Map<String, Object> decision(boolean met, String decidedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("met", met);
        body.put("decidedOn", decidedOn);
        body.put("decisionRef", "123/QĐ-UBND");
        body.put("note", "");
        return body;
    }
}
