package vn.lgtq.testing;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Finds reference units and makes fresh hamlets, through the API as the province officer. */
public final class TestUnits {
    private TestUnits() {
    }

    /** The id of the unit with this code valid on the day (YYYY-MM-DD). */
    public static long id(String code, String day) {
        return id(Callers.province(), code, day);
    }

    public static long id(RequestSpecification caller, String code, String day) {
        List<Map<String, Object>> items = caller.queryParam("q", code).queryParam("date", day)
                .queryParam("size", 200).get("/api/v1/units").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return items.stream().filter(u -> code.equals(u.get("code"))).map(u -> ((Number) u.get("id")).longValue())
                .findFirst().orElseThrow(() -> new AssertionError("No unit " + code + " on " + day));
    }

    public static long current(String code) {
        return id(code, "2026-01-01");
    }

    public static String freshCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A new hamlet under the commune, created by the province officer. */
    public static JsonPath hamlet(long communeId, String name) {
        return Callers.province().body(Map.of("code", freshCode("T"), "name", name, "type", "THON",
                        "parentId", communeId, "validFrom", "2025-07-01"))
                .post("/api/v1/hamlets").then().statusCode(201).body("name", equalTo(name)).extract().jsonPath();
    }
}
