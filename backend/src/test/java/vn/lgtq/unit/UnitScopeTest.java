package vn.lgtq.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestTokens;
import vn.lgtq.testing.TestUnits;

/** Reads per role: in scope 200, out of scope 404, no token 401. */
@QuarkusTest
class UnitScopeTest {
    long maiSon;
    long toHieu;
    long tk20;
    long tdp1;
    long hanoiCommune;
    long province;
    long maiSonDistrict;

    @BeforeEach
    void findUnits() {
        maiSon = TestUnits.current("04105");
        toHieu = TestUnits.current("03646");
        tk20 = TestUnits.current("04105-TK20");
        tdp1 = TestUnits.current("03646-TDP1");
        hanoiCommune = TestUnits.id(Callers.as("hanoi", "01", "province-officer"), "00004", "2026-01-01");
        province = TestUnits.current("14");
        maiSonDistrict = TestUnits.id("125", "2025-06-30");
    }

    @Test
    void provinceOfficerSeesItsProvinceOnly() {
        get(Callers.province(), maiSon).statusCode(200).body("name", equalTo("Xã Mai Sơn"));
        get(Callers.province(), tdp1).statusCode(200);
        get(Callers.province(), hanoiCommune).statusCode(404);
        Callers.province().get("/api/v1/communes").then().statusCode(200).body("total", equalTo(75));
        Callers.province().queryParam("date", "2025-06-30").get("/api/v1/communes").then()
                .statusCode(200).body("total", equalTo(200));
        Callers.province().get("/api/v1/provinces").then().body("items.name", contains("Tỉnh Sơn La"));
    }

    @Test
    void districtOfficerSeesTheCurrentCommunesLinkedToItsFormerDistrict() {
        get(Callers.district(), maiSonDistrict).statusCode(200).body("name", equalTo("Huyện Mai Sơn"));
        get(Callers.district(), maiSon).statusCode(200);
        get(Callers.district(), tk20).statusCode(200);
        get(Callers.district(), toHieu).statusCode(404);
        Callers.district().get("/api/v1/units/" + maiSonDistrict + "/children?size=200").then().statusCode(200)
                .body("items.name", hasItem("Xã Mai Sơn"))
                .body("items.level", everyItem(equalTo("COMMUNE")))
                .body("items.validTo", everyItem(equalTo(null)));
    }

    @Test
    void communeOfficerSeesItsCommuneAndItsHistory() {
        get(Callers.commune(), maiSon).statusCode(200);
        get(Callers.commune(), tk20).statusCode(200).body("demo", equalTo(true));
        get(Callers.commune(), toHieu).statusCode(404);
        get(Callers.commune(), tdp1).statusCode(404);
        get(Callers.commune(), province).statusCode(404);
        long hatLot = TestUnits.id("04105", "2025-06-30");
        get(Callers.commune(), hatLot).statusCode(200).body("name", equalTo("Thị trấn Hát Lót"));
        Callers.commune().get("/api/v1/units/" + maiSon + "/children?size=200").then().statusCode(200)
                .body("items.name", hasItems("Tiểu khu 20", "Tiểu khu 19", "Bản Bó Ẩn"))
                .body("items.name", not(hasItem("Tổ dân phố 1")));
        Callers.commune().get("/api/v1/hamlets?size=200").then().statusCode(200)
                .body("items.name", not(hasItem("Tổ dân phố 1")));
    }

    @Test
    void theOtherCommuneIsTheMirrorImage() {
        get(Callers.commune2(), tdp1).statusCode(200);
        get(Callers.commune2(), tk20).statusCode(404);
        get(Callers.commune2(), maiSon).statusCode(404);
        Callers.commune2().queryParam("q", "tieu khu").get("/api/v1/units").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void hamletAndGroupLeadersSeeTheirHamlet() {
        long tk19 = TestUnits.current("04105-TK19");
        for (RequestSpecification caller : new RequestSpecification[] {Callers.hamlet(), Callers.group()}) {
            get(caller, tk20).statusCode(200);
            get(caller, tk19).statusCode(404);
            get(caller, maiSon).statusCode(404);
        }
        Callers.hamlet().get("/api/v1/units/" + tk20 + "/ancestors").then().statusCode(200)
                .body("size()", equalTo(0));
        Callers.commune().get("/api/v1/units/" + tk20 + "/ancestors").then().statusCode(200)
                .body("name", contains("Xã Mai Sơn"));
        Callers.province().get("/api/v1/units/" + tk20 + "/ancestors").then().statusCode(200)
                .body("name", contains("Tỉnh Sơn La", "Xã Mai Sơn"));
    }

    @Test
    void integrationReadsWithinItsUnit() {
        get(Callers.integration(), maiSon).statusCode(200);
        get(Callers.integration(), hanoiCommune).statusCode(404);
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        Callers.province().queryParam("q", "MAI SON").get("/api/v1/communes").then().statusCode(200)
                .body("items.name", hasItem("Xã Mai Sơn"));
        Callers.province().queryParam("q", "son la").get("/api/v1/provinces").then().statusCode(200)
                .body("items.name", contains("Tỉnh Sơn La"));
        Callers.province().queryParam("q", "hat lot").queryParam("date", "2025-06-30")
                .get("/api/v1/communes").then().statusCode(200)
                .body("items.name", hasItems("Thị trấn Hát Lót", "Xã Hát Lót"));
        Callers.province().queryParam("q", "Tiểu Khu 20").get("/api/v1/hamlets").then().statusCode(200)
                .body("items.name", contains("Tiểu khu 20"));
    }

    @Test
    void listsPageAndSort() {
        Callers.province().queryParam("size", 10).queryParam("page", 7).queryParam("sort", "-code")
                .get("/api/v1/communes").then().statusCode(200)
                .body("total", equalTo(75)).body("items.size()", equalTo(5)).body("page", equalTo(7));
        Callers.province().queryParam("sort", "colour").get("/api/v1/communes").then().statusCode(400)
                .body("errors.field", contains("sort"));
        Callers.province().queryParam("size", 1000).get("/api/v1/communes").then().statusCode(400)
                .body("errors.field", contains("size"));
    }

    @Test
    void meDescribesTheCaller() {
        Callers.commune().get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("commune"))
                .body("roles", contains("commune-officer"))
                .body("unit.code", equalTo("04105"))
                .body("unit.name", equalTo("Xã Mai Sơn"));
        // A former district answers with the unit that had the code last.
        Callers.district().get("/api/v1/me").then().statusCode(200).body("unit.name", equalTo("Huyện Mai Sơn"));
    }

    @Test
    void aTokenWithoutAKnownUnitIsRefused() {
        Callers.as("stranger", "99999", "commune-officer").get("/api/v1/units").then().statusCode(403)
                .contentType("application/problem+json");
        Callers.as("nobody", null, "commune-officer").get("/api/v1/me").then().statusCode(403);
    }

    @Test
    void noOrBadTokenIs401() {
        given().get("/api/v1/units").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer")).body("status", equalTo(401));
        String forged = TestTokens.token("province", "14", "province-officer");
        forged = forged.substring(0, forged.length() - 4) + "AAAA";
        given().auth().oauth2(forged).get("/api/v1/units").then().statusCode(401)
                .contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse get(RequestSpecification caller, long id) {
        return caller.get("/api/v1/units/" + id).then();
    }
}
