package vn.lgtq.error;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestHouseholds;
import vn.lgtq.testing.TestUnits;

/** Each input that answered 500 (or a bare status) in the fuzz run of issue 13, answered now as problem+json. */
@QuarkusTest
class InputRobustnessTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    DataSource dataSource;

    long commune;
    long hamlet;

    @BeforeEach
    void freshHamlet() {
        commune = TestUnits.current("04105");
        hamlet = TestUnits.hamlet(commune, "Bản Kiểm Thử").getLong("id");
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(PROBLEM).body("status", equalTo(status))
                .body("type", containsString("urn:lgtq:problem:"));
    }

    // ---- unique constraints → 409 naming what is duplicated

    @Test
    void renamingAHouseholdCodeToOneInUseIs409() {
        TestHouseholds.household(Callers.province(), hamlet, null, 1);
        String taken = Callers.province().queryParam("unitId", hamlet).get("/api/v1/households").then()
                .statusCode(200).extract().jsonPath().getString("items[0].code");
        JsonPath other = TestHouseholds.household(Callers.province(), hamlet, null, 1);
        Map<String, Object> body = new HashMap<>(TestHouseholds.body(hamlet, taken, null, 1));
        body.remove("hamletId");
        body.remove("groupId");
        body.put("version", other.getLong("version"));
        problem(Callers.province().body(body).put("/api/v1/households/" + other.getLong("id")).then(), 409)
                .body("detail", containsString("Mã hộ"));
    }

    @Test
    void renumberingAGroupToANumberInUseIs409() {
        TestHouseholds.group(Callers.province(), hamlet, 1);
        JsonPath two = TestHouseholds.group(Callers.province(), hamlet, 2);
        Map<String, Object> body = Map.of("number", 1, "name", "Nhóm số 1", "status", "ACTIVE",
                "version", two.getLong("version"));
        problem(Callers.province().body(body).put("/api/v1/groups/" + two.getLong("id")).then(), 409)
                .body("detail", containsString("nhóm"));
    }

    @Test
    void recodingAHamletToACodeInUseIs409() {
        JsonPath other = TestUnits.hamlet(commune, "Bản Khác");
        String taken = Callers.province().get("/api/v1/hamlets/" + hamlet).then().statusCode(200).extract()
                .jsonPath().getString("code");
        Map<String, Object> body = Map.of("code", taken, "name", "Bản Khác", "type", "THON", "parentId", commune,
                "validFrom", "2025-07-01", "version", other.getLong("version"));
        problem(Callers.province().body(body).put("/api/v1/hamlets/" + other.getLong("id")).then(), 409)
                .body("detail", containsString("Mã"));
    }

    @Test
    void everyUniqueConstraintOfTheSchemaIsInTheRegistry() throws SQLException {
        List<String> missing = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery("""
                SELECT conname FROM pg_constraint WHERE contype IN ('u', 'x') AND connamespace = 'public'::regnamespace
                UNION SELECT conname FROM pg_constraint WHERE contype = 'p' AND array_length(conkey, 1) > 1
                    AND connamespace = 'public'::regnamespace
                UNION SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE 'CREATE UNIQUE%'
                    AND indexname NOT IN (SELECT conname FROM pg_constraint)""")) {
            while (rs.next()) {
                if (!Constraints.known(rs.getString(1))) {
                    missing.add(rs.getString(1));
                }
            }
        }
        assertEquals(List.of(), missing, "unique constraints without a 409 message in error.Constraints");
    }

    // ---- concurrency: 200 or 409, never 500

    @Test
    void concurrentMembershipChangesEndAs200Or409() throws Exception {
        List<Long> groups = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            groups.add(TestHouseholds.group(Callers.province(), hamlet, n).getLong("id"));
        }
        JsonPath household = TestHouseholds.household(Callers.province(), hamlet, null, 1);
        long id = household.getLong("id");
        long version = household.getLong("version");
        List<Integer> statuses = concurrently(groups.size(), i -> {
            Map<String, Object> body = Map.of("groupId", groups.get(i), "version", version);
            return Callers.province().body(body).post("/api/v1/households/" + id + "/membership").then()
                    .extract().statusCode();
        });
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM group_membership WHERE left_on IS NULL AND household_id = " + id)) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void concurrentFirstRatingsOfAGroupYearEndAs200Or409() throws Exception {
        long group = TestHouseholds.group(Callers.province(), hamlet, 1).getLong("id");
        List<Integer> statuses = concurrently(6, i -> Callers.province()
                .body(Map.of("rating", i % 2 == 0 ? "Tốt" : "Khá"))
                .put("/api/v1/groups/" + group + "/ratings/2024").then().extract().statusCode());
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
        assertTrue(statuses.contains(200), statuses.toString());
    }

    private interface Call {
        int run(int index) throws Exception;
    }

    private static List<Integer> concurrently(int count, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<Integer> task = () -> {
                    start.await();
                    return call.run(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- control characters and dates

    @Test
    void aNulInJsonTextIs400NamingTheField() {
        Map<String, Object> body = TestHouseholds.body(hamlet, TestUnits.freshCode("H"), null, 1);
        body.put("address", "Số 1\u0000 đường Tô Hiệu");
        problem(Callers.province().body(body).post("/api/v1/households").then(), 400)
                .body("errors.field", hasItem("address"));
        body.put("address", "Số 1\u0007");
        problem(Callers.province().body(body).post("/api/v1/households").then(), 400)
                .body("errors.field", hasItem("address"));
        // Tabs and line breaks are fine in free text.
        body.put("address", "Số 1\r\n\tđường Tô Hiệu");
        Callers.province().body(body).post("/api/v1/households").then().statusCode(201);
        // Nested: a person's name
        Map<String, Object> nested = TestHouseholds.body(hamlet, TestUnits.freshCode("H"), null, 1);
        nested.put("people", List.of(TestHouseholds.person("Lò\u0000Văn", "HEAD")));
        problem(Callers.province().body(nested).post("/api/v1/households").then(), 400)
                .body("errors.field", hasItem("people.0.fullName"));
    }

    @Test
    void controlCharactersInQueryParametersAre400NamingTheParameter() {
        problem(Callers.province().urlEncodingEnabled(false).get("/api/v1/groups?q=a%00b").then(), 400)
                .body("errors.field", hasItem("q"));
        problem(Callers.province().urlEncodingEnabled(false).get("/api/v1/units?q=x%1Fy").then(), 400)
                .body("errors.field", hasItem("q"));
    }

    @Test
    void datesOutsideTheSaneRangeAre400InBodiesAndParameters() {
        Map<String, Object> unit = new HashMap<>(Map.of("code", TestUnits.freshCode("T"), "name", "Bản Xa",
                "type", "THON", "parentId", commune, "validFrom", "+275760-01-01"));
        problem(Callers.province().body(unit).post("/api/v1/hamlets").then(), 400)
                .body("errors.field", hasItem("validFrom"));
        unit.put("validFrom", "1000-01-01");
        problem(Callers.province().body(unit).post("/api/v1/hamlets").then(), 400)
                .body("errors.field", hasItem("validFrom"));
        problem(Callers.province().queryParam("from", "+1000000-01-01").get("/api/v1/dashboard").then(), 400)
                .body("errors.field", hasItem("from"));
        problem(Callers.province().queryParam("to", "0001-01-01").get("/api/v1/dashboard").then(), 400)
                .body("errors.field", hasItem("to"));
        problem(Callers.province().queryParam("from", "2024-02-30").get("/api/v1/dashboard").then(), 400)
                .body("errors.field", hasItem("from"));
        Callers.province().queryParam("from", "2024-01-01").get("/api/v1/dashboard").then().statusCode(200);
    }

    // ---- JSON limits

    @Test
    void aDuplicatedKeyIs400AlsoOnThePublicTipPage() {
        problem(RestAssured.given().contentType("application/json").body("{\"text\":\"a\",\"text\":\"b\"}")
                .post("/api/v1/public/tips/ABCD-1234/messages").then(), 400)
                .body("errors.field", hasItem("text"));
        problem(Callers.province().body("{\"number\":1,\"hamletId\":" + hamlet + ",\"number\":2}")
                .post("/api/v1/groups").then(), 400).body("errors.field", hasItem("number"));
    }

    @Test
    void deepNestingAndHugeValuesAre400() {
        String deep = "{\"a\":".repeat(2000) + "1" + "}".repeat(2000);
        problem(Callers.province().body(deep).post("/api/v1/groups").then(), 400);
        String longNumber = "{\"hamletId\":" + "9".repeat(5000) + ",\"number\":1}";
        problem(Callers.province().body(longNumber).post("/api/v1/groups").then(), 400);
        String hugeString = "{\"hamletId\":" + hamlet + ",\"number\":1,\"name\":\"" + "x".repeat(2_000_000) + "\"}";
        problem(Callers.province().body(hugeString).post("/api/v1/groups").then(), 400);
    }

    // ---- uploads and the HTTP layer

    @Test
    void aNulInAnUploadFileNameIs400() {
        byte[] csv = "Mã hộ\nS1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        problem(Callers.province().contentType("multipart/form-data").multiPart("file", "a\u0000.csv", csv, "text/csv")
                .post("/api/v1/hamlets/" + hamlet + "/household-imports").then(), 400)
                .body("errors.field", hasItem("file"));
    }

    @Test
    void aQueryStringOver8kBIs414ProblemJson() {
        problem(Callers.province().queryParam("q", "a".repeat(9000)).get("/api/v1/units").then(), 414);
        // a long one under the limit is still served
        Callers.province().queryParam("q", "a".repeat(5000)).get("/api/v1/units").then().statusCode(200);
    }

    @Test
    void headersOver16kBAre431ProblemJson() {
        problem(Callers.province().header("X-Big", "a".repeat(20_000)).get("/api/v1/units").then(), 431);
    }

    @Test
    void aBodyOverTheLimitIs413ProblemJson() throws Exception {
        // A 63 MB upload announced in the headers: the server answers before reading the body (and closes).
        try (java.net.Socket socket = new java.net.Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/v1/hamlets/" + hamlet + "/household-imports HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + vn.lgtq.testing.TestTokens.token("province", "14", "province-officer")
                    + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: " + 63L * 1024 * 1024
                    + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().write(new byte[64 * 1024]);
            socket.getOutputStream().flush();
            String response = new String(socket.getInputStream().readNBytes(2048), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.toLowerCase().contains("content-type: " + PROBLEM), response);
            assertTrue(response.contains("\"status\":413"), response);
        }
    }

    @Test
    void aPathNoRouteServesIs404ProblemJson() {
        problem(RestAssured.given().get("/no/such/path").then(), 404);
        problem(Callers.province().get("/api/v1/no-such-resource").then(), 404);
        problem(Callers.province().contentType("text/plain").body("x").post("/api/v1/groups").then(), 415);
        RestAssured.given().get("/q/openapi").then().statusCode(200).contentType(not(PROBLEM));
    }
}
