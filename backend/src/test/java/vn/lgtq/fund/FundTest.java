package vn.lgtq.fund;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
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

/** The funds of groups of a hamlet of Xã Thuận Châu made for this class; each test keeps the books of its own group. */
@QuarkusTest
class FundTest {
    private static Hamlet hamlet;
    private static String leader;
    private static int lastNumber;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void makeHamlet() {
        if (hamlet == null) {
            hamlet = TestRegisters.hamlet(TestRegisters.THUAN_CHAU, "Bản Quỹ Nhóm");
            leader = "nhom-truong-" + TestRegisters.unique();
        }
    }

    @Test
    void theBalanceAddsContributionsAndSupportAndSubtractsExpenses() throws SQLException {
        long group = newGroup(leader, "2020-01-01");
        String entries = "/api/v1/groups/" + group + "/fund-entries";
        var own = TestRegisters.groupLeader(hamlet, leader);
        var created = own.body(entry("CONTRIBUTION", "2025-01-05", 1_500_000L)).post(entries).then().statusCode(201)
                .body("groupId", equalTo((int) group)).body("kind", equalTo("CONTRIBUTION"))
                .body("entryOn", equalTo("2025-01-05")).body("amount", equalTo(1_500_000))
                .body("description", equalTo("Đóng góp quý I")).body("recordedBy", equalTo(leader));
        long first = created.extract().jsonPath().getLong("id");
        created.header("Location", endsWith(entries + "/" + first));
        TestRegisters.hamletLeader(hamlet).body(entry("SUPPORT", "2025-02-01", 2_000_000L)).post(entries).then()
                .statusCode(201).body("source", equalTo("Công an tỉnh"));
        Map<String, Object> equipment = entry("SUPPORT", "2025-02-02", 0L);
        equipment.put("description", "Đèn pin, áo phản quang");
        TestRegisters.communeOfficer(TestRegisters.THUAN_CHAU).body(equipment).post(entries).then().statusCode(201)
                .body("amount", equalTo(0));
        long expense = Callers.province().body(entry("EXPENSE", "2025-03-01", 3_000_000L)).post(entries).then()
                .statusCode(201).extract().jsonPath().getLong("id");

        // 1.5M + 2M − 3M leaves 500,000: a 600,000 expense would overdraw it, 500,000 empties it.
        TestRegisters.groupLeader(hamlet, leader).body(entry("EXPENSE", "2025-03-02", 600_000L)).post(entries).then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:lgtq:problem:fund-overdrawn"))
                .body("detail", equalTo("Quỹ của Nhóm LGTQ số " + lastNumber + ", " + hamlet.name()
                        + " chỉ còn 500.000 đồng, không đủ chi 600.000 đồng."));
        TestRegisters.groupLeader(hamlet, leader).get("/api/v1/groups/" + group + "/fund").then().statusCode(200)
                .body("groupId", equalTo((int) group)).body("contributions", equalTo(1_500_000))
                .body("support", equalTo(2_000_000)).body("expenses", equalTo(3_000_000))
                .body("balance", equalTo(500_000)).body("entries.total", equalTo(4))
                .body("entries.items[0].id", equalTo((int) expense)).body("entries.items[3].id", equalTo((int) first));
        TestRegisters.groupLeader(hamlet, leader).body(entry("EXPENSE", "2025-03-02", 500_000L)).post(entries).then()
                .statusCode(201);
        Callers.province().queryParam("size", 2).queryParam("page", 2).get("/api/v1/groups/" + group + "/fund").then()
                .statusCode(200).body("balance", equalTo(0)).body("entries.total", equalTo(5))
                .body("entries.items.id", equalTo(List.of((int) first)));
        Callers.province().body(entry("EXPENSE", "2025-03-03", 1L)).post(entries).then().statusCode(409);
        TestRegisters.hamletLeader(hamlet).get(entries + "/" + first).then().statusCode(200)
                .body("amount", equalTo(1_500_000));
        assertEquals(1, TestRegisters.audits(dataSource, "CREATE", "fund-entry", first));
    }

    @Test
    void onlyTheGroupsOwnPeopleKeepItsBooks() {
        long led = newGroup(leader, null);
        long other = newGroup(null, null);
        Map<String, Object> body = entry("CONTRIBUTION", "2025-04-01", 100_000L);
        TestRegisters.groupLeader(hamlet, leader).body(body).post("/api/v1/groups/" + other + "/fund-entries").then()
                .statusCode(404);
        TestRegisters.groupLeader(hamlet, leader).get("/api/v1/groups/" + other + "/fund").then().statusCode(404);
        long entry = TestRegisters.groupLeader(hamlet, leader).body(body).post("/api/v1/groups/" + led
                + "/fund-entries").then().statusCode(201).extract().jsonPath().getLong("id");
        TestRegisters.groupLeader(hamlet, leader).get("/api/v1/groups/" + other + "/fund-entries/" + entry).then()
                .statusCode(404);
        Callers.province().get("/api/v1/groups/" + other + "/fund-entries/" + entry).then().statusCode(404);
        Callers.integration().get("/api/v1/groups/" + led + "/fund").then().statusCode(403)
                .body("type", equalTo("urn:lgtq:problem:forbidden"));
        Callers.integration().body(body).post("/api/v1/groups/" + led + "/fund-entries").then().statusCode(403);
        Callers.commune2().get("/api/v1/groups/" + led + "/fund").then().statusCode(404)
                .contentType("application/problem+json");
        Callers.commune2().body(body).post("/api/v1/groups/" + led + "/fund-entries").then().statusCode(404);
        Callers.commune2().get("/api/v1/groups/" + led + "/fund-entries/" + entry).then().statusCode(404);
        TestRegisters.communeOfficer(TestRegisters.QUYNH_NHAI).get("/api/v1/groups/" + led + "/fund").then()
                .statusCode(404);
        Callers.province().get("/api/v1/groups/" + other + "/fund").then().statusCode(200).body("balance", equalTo(0))
                .body("entries.total", equalTo(0));
    }

    @Test
    void entriesAreValidated() {
        long group = newGroup(null, "2024-06-01");
        String entries = "/api/v1/groups/" + group + "/fund-entries";
        Callers.province().body(entry("CONTRIBUTION", "2025-01-01", 0L)).post(entries).then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        Callers.province().body(entry("EXPENSE", "2025-01-01", 0L)).post(entries).then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        Callers.province().body(entry("SUPPORT", "2025-01-01", -5L)).post(entries).then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        Callers.province().body(entry("CONTRIBUTION", LocalDate.now().plusDays(1).toString(), 10L)).post(entries).then()
                .statusCode(400).body("errors[0].field", equalTo("entryOn"));
        Callers.province().body(entry("CONTRIBUTION", "2024-05-31", 10L)).post(entries).then().statusCode(400)
                .body("errors[0].field", equalTo("entryOn"));
        Callers.province().body(entry("DONATION", "2025-01-01", 10L)).post(entries).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        Map<String, Object> blank = entry("CONTRIBUTION", "2025-01-01", 10L);
        blank.put("description", "");
        Callers.province().body(blank).post(entries).then().statusCode(400).body("errors[0].field", equalTo("description"));
        Callers.province().queryParam("sort", "amount").get("/api/v1/groups/" + group + "/fund").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        Callers.province().get("/api/v1/groups/" + group + "/fund").then().statusCode(200)
                .body("entries.total", equalTo(0));
    }

    private static synchronized long newGroup(String leaderAccount, String foundedOn) {
        lastNumber++;
        return TestRegisters.group(hamlet, lastNumber, leaderAccount, foundedOn);
    }

    private static Map<String, Object> entry(String kind, String entryOn, long amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("entryOn", entryOn);
        body.put("amount", amount);
        body.put("description", "Đóng góp quý I");
        body.put("source", kind.equals("SUPPORT") ? "Công an tỉnh" : null);
        return body;
    }
}
