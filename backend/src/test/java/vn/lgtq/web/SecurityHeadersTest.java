package vn.lgtq.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestHouseholds;
import vn.lgtq.testing.TestUnits;

/** nosniff, no referrer and no-store on the answers that carry informants and personal data, errors included. */
@QuarkusTest
class SecurityHeadersTest {
    @Test
    void sensitiveAnswersAreNeverCachedOrSniffed() {
        long tk20 = TestUnits.current("04105-TK20");
        Map<String, Object> tip = new HashMap<>(Map.of("hamletId", tk20, "category", "THEFT_ROBBERY",
                "description", "Mất trộm xe máy", "source", "INFORMANT"));
        tip.put("informantName", "Lò Văn Kín");
        long id = Callers.hamlet().body(tip).post("/api/v1/tips").then().statusCode(201).extract().jsonPath()
                .getLong("summary.id");
        noStore(Callers.commune().body(Map.of("reason", "Cần xác minh")).post("/api/v1/tips/" + id
                + "/informant-reveal").then().statusCode(200).body("name", equalTo("Lò Văn Kín")));

        String code = given().contentType("application/json").header("X-Forwarded-For", "10.88.0.1")
                .body(Map.of("hamletId", tk20, "category", "DRUGS", "description", "Có người lạ bán ma túy"))
                .post("/api/v1/public/tips").then().statusCode(201).extract().jsonPath().getString("trackingCode");
        noStore(given().header("X-Forwarded-For", "10.88.0.2").get("/api/v1/public/tips/" + code).then()
                .statusCode(200));

        long household = TestHouseholds.household(Callers.hamlet(), tk20, null, 2).getLong("id");
        noStore(Callers.hamlet().get("/api/v1/households/" + household).then().statusCode(200));

        noStore(Callers.commune2().get("/api/v1/households/" + household).then().statusCode(404)
                .contentType("application/problem+json"));
        noStore(given().get("/api/v1/households/" + household).then().statusCode(401));
        given().get("/q/openapi").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }

    private static void noStore(ValidatableResponse response) {
        response.header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
    }
}
