package vn.lgtq.mediation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestHouseholds;
import vn.lgtq.testing.TestUnits;

/** Mediation cases: scope per role, parties, sessions and the closing rules, the escalation queue, figures. */
@QuarkusTest
class MediationTest {
    private static final String CASES = "/api/v1/mediation-cases";
    private static final String ADDRESS = "Bản Nà Sản, xã Chiềng Mung";

    @Inject
    DataSource dataSource;

    long tk20;
    long groupOne;
    long groupTwo;
    long toHieuGroup;
    Map<String, Object> householdOfGroupOne;
    long householdOfGroupTwo;
    long householdOfTdp1;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void findDemoData() {
        tk20 = TestUnits.current("04105-TK20");
        long tdp1 = TestUnits.current("03646-TDP1");
        List<Map<String, Object>> groups = Callers.commune().queryParam("unitId", tk20).get("/api/v1/groups")
                .then().statusCode(200).extract().jsonPath().getList("items");
        groupOne = idOfNumber(groups, 1);
        groupTwo = idOfNumber(groups, 2);
        toHieuGroup = idOfNumber(Callers.commune2().queryParam("unitId", tdp1).get("/api/v1/groups").then()
                .statusCode(200).extract().jsonPath().getList("items"), 1);
        householdOfGroupOne = Callers.commune().queryParam("groupId", groupOne).get("/api/v1/households").then()
                .statusCode(200).extract().jsonPath().getMap("items[0]");
        householdOfGroupTwo = Callers.commune().queryParam("groupId", groupTwo).get("/api/v1/households").then()
                .statusCode(200).extract().jsonPath().getLong("items[0].id");
        householdOfTdp1 = Callers.commune2().queryParam("groupId", toHieuGroup).get("/api/v1/households").then()
                .statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    @Test
    void theGroupLeaderRecordsCasesOfItsOwnGroupOnly() {
        long household = ((Number) householdOfGroupOne.get("id")).longValue();
        String expectedName = "Hộ " + householdOfGroupOne.get("code") + " — " + householdOfGroupOne.get("headName");
        var response = Callers.group().body(newCase(groupOne, today.minusDays(3),
                        List.of(household(household), outsider("Lò Thị Khách", ADDRESS))))
                .post(CASES).then().statusCode(201);
        long mine = response.extract().jsonPath().getLong("summary.id");
        response.header("Location", endsWith(CASES + "/" + mine))
                .body("summary.groupId", equalTo((int) groupOne)).body("summary.hamletId", equalTo((int) tk20))
                .body("summary.hamletName", equalTo("Tiểu khu 20")).body("summary.status", equalTo("OPEN"))
                .body("summary.partyNames", contains(expectedName, "Lò Thị Khách"))
                .body("summary.sessionCount", equalTo(0))
                .body("parties[1].outsider", equalTo(true)).body("parties[1].address", nullValue())
                .body("parties[0].householdCode", equalTo(householdOfGroupOne.get("code")))
                .body("mediators[0].role", equalTo("GROUP_LEADER"));

        // Personal details follow the households' rules: the hamlet leader and the police see them.
        Callers.hamlet().get(CASES + "/" + mine).then().statusCode(200).body("parties[1].address", equalTo(ADDRESS));
        Callers.commune().get(CASES + "/" + mine).then().statusCode(200).body("parties[1].address", equalTo(ADDRESS));
        Callers.group().get(CASES + "/" + mine).then().statusCode(200).body("parties[1].address", nullValue());

        Callers.group().body(newCase(groupTwo, today, List.of(household(householdOfGroupTwo), outsider("A", null))))
                .post(CASES).then().statusCode(404).contentType("application/problem+json");
        // A household of another group is not the group leader's to name (its names would come back).
        Callers.group().body(newCase(groupOne, today, List.of(household(householdOfGroupTwo), outsider("A", null))))
                .post(CASES).then().statusCode(400).body("errors[0].field", equalTo("parties[0].householdId"));
        long theirs = Callers.hamlet().body(newCase(groupTwo, today, List.of(household(householdOfGroupTwo),
                outsider("Cầm Văn Bên", ADDRESS)))).post(CASES).then().statusCode(201).extract().jsonPath()
                .getLong("summary.id");
        Callers.group().get(CASES + "/" + theirs).then().statusCode(404).body("type", equalTo("urn:lgtq:problem:not-found"));
        Callers.group().body(session(today)).post(CASES + "/" + theirs + "/sessions").then().statusCode(404);
        Callers.group().body(closing("WITHDRAWN", today, 0)).post(CASES + "/" + theirs + "/closing").then()
                .statusCode(404);
        Callers.group().queryParam("size", 200).get(CASES).then().statusCode(200)
                .body("items.groupId", everyItem(equalTo((int) groupOne))).body("items.id", hasItem((int) mine));
        Callers.hamlet().queryParam("size", 200).get(CASES).then().statusCode(200)
                .body("items.id", hasItem((int) mine)).body("items.id", hasItem((int) theirs));
        Callers.hamlet().queryParam("groupId", groupTwo).queryParam("size", 200).get(CASES).then()
                .body("items.groupId", everyItem(equalTo((int) groupTwo))).body("items.id", not(hasItem((int) mine)));

        // Another commune sees none of Mai Sơn's cases.
        Callers.commune2().get(CASES + "/" + mine).then().statusCode(404);
        Callers.commune2().queryParam("size", 200).get(CASES).then().statusCode(200)
                .body("items.hamletId", not(hasItem((int) tk20)));
        Callers.commune2().queryParam("unitId", tk20).get(CASES).then().statusCode(404);
        Callers.commune2().body(session(today)).post(CASES + "/" + mine + "/sessions").then().statusCode(404);
        Callers.province().get(CASES + "/" + mine).then().statusCode(200);

        // Integration reads figures only.
        Callers.integration().get(CASES).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:lgtq:problem:forbidden"));
        Callers.integration().get(CASES + "/" + mine).then().statusCode(403);
        Callers.integration().get(CASES + "/escalated").then().statusCode(403);
        Callers.integration().body(newCase(groupOne, today, List.of(household(household), outsider("B", null))))
                .post(CASES).then().statusCode(403);
        Callers.integration().get("/api/v1/units/" + tk20 + "/mediation-figures").then().statusCode(200)
                .body("unitName", equalTo("Tiểu khu 20"));
        given().get(CASES).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void closingNeedsASessionToSettleTheAgreementWhenReconciledAndATargetWhenEscalated() throws SQLException {
        LocalDate received = today.minusDays(20);
        JsonPath created = Callers.hamlet().body(newCase(groupOne, received, twoOutsiders())).post(CASES).then()
                .statusCode(201).extract().jsonPath();
        long id = created.getLong("summary.id");
        long version = created.getLong("summary.version");
        String closingPath = CASES + "/" + id + "/closing";

        Map<String, Object> reconciled = closing("RECONCILED", today, version);
        reconciled.put("agreement", "Hai bên thống nhất mốc giới theo bản đồ địa chính năm 2015.");
        Callers.hamlet().body(reconciled).post(closingPath).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lgtq:problem:mediation-without-session"));
        Callers.hamlet().body(closing("NOT_RECONCILED", today, version)).post(closingPath).then().statusCode(409)
                .body("type", equalTo("urn:lgtq:problem:mediation-without-session"));
        Callers.hamlet().body(closing("RECONCILED", today, version)).post(closingPath).then().statusCode(400)
                .body("errors[0].field", equalTo("agreement"));
        Callers.hamlet().body(closing("ESCALATED", today, version)).post(closingPath).then().statusCode(400)
                .body("errors[0].field", equalTo("escalatedTo"));
        Map<String, Object> withdrawnWithTarget = closing("WITHDRAWN", today, version);
        withdrawnWithTarget.put("escalatedTo", "COURT");
        Callers.hamlet().body(withdrawnWithTarget).post(closingPath).then().statusCode(400)
                .body("errors[0].field", equalTo("escalatedTo"));
        Callers.hamlet().body(closing("WITHDRAWN", received.minusDays(1), version)).post(closingPath).then()
                .statusCode(400).body("errors[0].field", equalTo("closedOn"));
        Callers.hamlet().body(closing("WITHDRAWN", today.plusDays(1), version)).post(closingPath).then()
                .statusCode(400).body("errors[0].field", equalTo("closedOn"));
        Callers.hamlet().body(Map.of("closedOn", today.toString(), "version", version)).post(closingPath).then()
                .statusCode(400).body("errors[0].field", equalTo("outcome"));

        String sessions = CASES + "/" + id + "/sessions";
        Callers.hamlet().body(session(received.minusDays(1))).post(sessions).then().statusCode(400)
                .body("errors[0].field", equalTo("heldOn"));
        Callers.hamlet().body(session(today.plusDays(1))).post(sessions).then().statusCode(400)
                .body("errors[0].field", equalTo("heldOn"));
        long afterSession = Callers.hamlet().body(session(received.plusDays(2))).post(sessions).then().statusCode(200)
                .body("summary.sessionCount", equalTo(1)).body("sessions[0].recordedBy", equalTo("hamlet"))
                .body("sessions[0].place", equalTo("Nhà văn hóa tiểu khu"))
                .extract().jsonPath().getLong("summary.version");
        assertTrue(afterSession > version, "a session moves the version on");

        Callers.hamlet().body(reconciled).post(closingPath).then().statusCode(409)
                .body("type", equalTo("urn:lgtq:problem:stale-version"));
        Callers.hamlet().body(closing("WITHDRAWN", received.plusDays(1), afterSession)).post(closingPath).then()
                .statusCode(400).body("errors[0].field", equalTo("closedOn"));
        reconciled.put("version", afterSession);
        reconciled.put("note", "Hai bên ký biên bản.");
        Callers.hamlet().body(reconciled).post(closingPath).then().statusCode(200)
                .body("summary.status", equalTo("CLOSED")).body("summary.outcome", equalTo("RECONCILED"))
                .body("summary.closedOn", equalTo(today.toString())).body("agreement", equalTo(reconciled.get("agreement")))
                .body("outcomeNote", equalTo("Hai bên ký biên bản.")).body("escalatedTo", nullValue());

        Callers.hamlet().body(reconciled).post(closingPath).then().statusCode(409)
                .body("type", equalTo("urn:lgtq:problem:case-closed"));
        Callers.hamlet().body(session(today)).post(sessions).then().statusCode(409)
                .body("type", equalTo("urn:lgtq:problem:case-closed"));
        assertEquals(List.of("CREATE", "SESSION", "CLOSE"), auditActions(id));
    }

    @Test
    void theEscalationQueueHoldsOnlyEscalatedCasesOfTheOfficersCommune() {
        long maiSonEscalated = closed(Callers::group, groupOne, "ESCALATED");
        long maiSonWithdrawn = closed(Callers::group, groupOne, "WITHDRAWN");
        long toHieuEscalated = closed(Callers::commune2, toHieuGroup, "ESCALATED");

        List<Map<String, Object>> queue = Callers.commune().queryParam("size", 200).get(CASES + "/escalated").then()
                .statusCode(200).body("items.outcome", everyItem(equalTo("ESCALATED")))
                .body("items.hamletName", not(hasItem("Tổ dân phố 1")))
                .extract().jsonPath().getList("items");
        List<Object> ids = queue.stream().map(c -> c.get("id")).toList();
        assertTrue(ids.contains((int) maiSonEscalated));
        assertTrue(!ids.contains((int) maiSonWithdrawn) && !ids.contains((int) toHieuEscalated));
        List<String> closedOn = queue.stream().map(c -> (String) c.get("closedOn")).toList();
        assertEquals(closedOn.stream().sorted(Comparator.reverseOrder()).toList(), closedOn, "newest closed first");
        Callers.commune().get(CASES + "/" + maiSonEscalated).then().body("escalatedTo", equalTo("COMMUNE_POLICE"))
                .body("summary.escalatedTo", equalTo("COMMUNE_POLICE"));

        Callers.commune2().queryParam("size", 200).get(CASES + "/escalated").then().statusCode(200)
                .body("items.id", hasItem((int) toHieuEscalated)).body("items.id", not(hasItem((int) maiSonEscalated)));
        Callers.province().queryParam("size", 200).get(CASES + "/escalated").then().statusCode(200)
                .body("items.id", hasItem((int) toHieuEscalated)).body("items.id", hasItem((int) maiSonEscalated));
        Callers.hamlet().get(CASES + "/escalated").then().statusCode(403).contentType("application/problem+json");
        Callers.group().get(CASES + "/escalated").then().statusCode(403);
    }

    @Test
    void partiesAreHouseholdsOfTheHamletOrOutsiders() {
        long household = ((Number) householdOfGroupOne.get("id")).longValue();
        expectInvalid(newCase(groupOne, today, List.of(household(household), household(householdOfTdp1))),
                "parties[1].householdId");
        Map<String, Object> both = household(household);
        both.put("outsiderName", "Ai đó");
        expectInvalid(newCase(groupOne, today, List.of(both, outsider("B", null))), "parties[0].outsiderName");
        expectInvalid(newCase(groupOne, today, List.of(new HashMap<>(), outsider("B", null))), "parties[0].householdId");
        Map<String, Object> foreignPerson = household(household);
        foreignPerson.put("personId", personOf(householdOfGroupTwo));
        expectInvalid(newCase(groupOne, today, List.of(foreignPerson, outsider("B", null))), "parties[0].personId");
        Map<String, Object> addressed = household(household);
        addressed.put("outsiderAddress", ADDRESS);
        expectInvalid(newCase(groupOne, today, List.of(addressed, outsider("B", null))), "parties[0].outsiderAddress");
        expectInvalid(newCase(groupOne, today, List.of(household(household), household(household))), "parties[1]");
        expectInvalid(newCase(groupOne, today, List.of(outsider("Một mình", null))), "parties");
        expectInvalid(newCase(groupOne, today.plusDays(1), twoOutsiders()), "receivedOn");
        Map<String, Object> noMediator = newCase(groupOne, today, twoOutsiders());
        noMediator.put("mediators", List.of());
        expectInvalid(noMediator, "mediators");
        Map<String, Object> blankMediator = newCase(groupOne, today, twoOutsiders());
        blankMediator.put("mediators", List.of(Map.of("role", "OTHER", "name", " ")));
        expectInvalid(blankMediator, "mediators[0].name");
        Map<String, Object> badType = newCase(groupOne, today, twoOutsiders());
        badType.put("disputeType", "WITCHCRAFT");
        Callers.hamlet().body(badType).post(CASES).then().statusCode(400)
                .body("type", equalTo("urn:lgtq:problem:unreadable")).body("errors[0].field", equalTo("disputeType"));

        // One person of a household against another household: the person's name is the party's name.
        long spouse = personOf(household);
        Map<String, Object> person = household(household);
        person.put("personId", spouse);
        String spouseName = Callers.commune().get("/api/v1/households/" + household).jsonPath()
                .getString("people.find { it.id == " + spouse + " }.fullName");
        Callers.hamlet().body(newCase(groupOne, today, List.of(person, household(householdOfGroupTwo)))).post(CASES)
                .then().statusCode(201).body("summary.partyNames[0]", equalTo(spouseName))
                .body("parties[0].personId", equalTo((int) spouse)).body("parties[1].householdId",
                        equalTo((int) householdOfGroupTwo));
    }

    @Test
    void figuresEqualTheHandCountedCasesOfAPeriod() {
        long maiSon = TestUnits.current("04105");
        JsonPath hamletUnit = TestUnits.hamlet(maiSon, "Thôn Hòa Giải");
        long hamlet = hamletUnit.getLong("id");
        long group = TestHouseholds.group(Callers.commune(), hamlet, 1).getLong("id");
        long first = TestHouseholds.household(Callers.commune(), hamlet, group, 1).getLong("id");
        long second = TestHouseholds.household(Callers.commune(), hamlet, group, 1).getLong("id");
        List<Map<String, Object>> parties = List.of(household(first), household(second));

        // Period 2024: received B C D E F G I (7), closed A B C D E I (6), F still open.
        fixture(group, parties, "2023-12-20", "MARRIAGE_FAMILY", "RECONCILED", "2024-01-10"); // A, 21 days
        fixture(group, parties, "2024-02-01", "LAND_BOUNDARY", "RECONCILED", "2024-02-11"); // B, 10 days
        fixture(group, parties, "2024-03-05", "NEIGHBOURS", "NOT_RECONCILED", "2024-03-09"); // C, 4 days
        fixture(group, parties, "2024-04-01", "NEIGHBOURS", "WITHDRAWN", "2024-04-02"); // D, 1 day
        fixture(group, parties, "2024-05-10", "DEBT_PROPERTY", "ESCALATED", "2024-06-09"); // E, 30 days
        fixture(group, parties, "2024-11-20", "NOISE_HYGIENE", null, null); // F, open
        fixture(group, parties, "2024-12-15", "LAND_BOUNDARY", "RECONCILED", "2025-01-05"); // G, closed after
        fixture(group, parties, "2025-02-01", "OTHER", null, null); // H, after the period
        fixture(group, parties, "2024-07-01", "INHERITANCE", "RECONCILED", "2024-07-08"); // I, 7 days

        JsonPath figures = Callers.commune().queryParam("from", "2024-01-01").queryParam("to", "2024-12-31")
                .get("/api/v1/units/" + hamlet + "/mediation-figures").then().statusCode(200).extract().jsonPath();
        assertEquals(hamlet, figures.getLong("unitId"));
        assertEquals("Thôn Hòa Giải", figures.getString("unitName"));
        assertEquals("2024-01-01", figures.getString("from"));
        assertEquals("2024-12-31", figures.getString("to"));
        assertEquals(7, figures.getLong("received"));
        assertEquals(1, figures.getLong("open"));
        assertEquals(6, figures.getLong("closed"));
        assertEquals(ordered("LAND_BOUNDARY", 2, "MARRIAGE_FAMILY", 0, "NEIGHBOURS", 2, "DEBT_PROPERTY", 1,
                "INHERITANCE", 1, "NOISE_HYGIENE", 1, "OTHER", 0), longs(figures.getMap("byType")));
        assertEquals(ordered("RECONCILED", 3, "NOT_RECONCILED", 1, "ESCALATED", 1, "WITHDRAWN", 1),
                longs(figures.getMap("byOutcome")));
        assertEquals(3.0 / 5, figures.getDouble("successRate"), 1e-9); // reconciled ÷ (closed − withdrawn)
        assertEquals(8.5, figures.getDouble("medianDaysToClose"), 1e-9); // 1 4 7 10 21 30

        JsonPath byIntegration = Callers.integration().queryParam("from", "2024-01-01").queryParam("to", "2024-12-31")
                .get("/api/v1/units/" + hamlet + "/mediation-figures").then().statusCode(200).extract().jsonPath();
        assertEquals(figures.getMap(""), byIntegration.getMap(""));
        JsonPath yearOfTo = Callers.commune().queryParam("to", "2024-12-31")
                .get("/api/v1/units/" + hamlet + "/mediation-figures").then().statusCode(200).extract().jsonPath();
        assertEquals(figures.getMap(""), yearOfTo.getMap(""));

        JsonPath empty = Callers.commune().queryParam("from", "2020-01-01").queryParam("to", "2020-12-31")
                .get("/api/v1/units/" + hamlet + "/mediation-figures").then().statusCode(200).extract().jsonPath();
        assertEquals(0, empty.getLong("received"));
        assertEquals(0, empty.getLong("closed"));
        assertNull(empty.get("successRate"));
        assertNull(empty.get("medianDaysToClose"));
        Callers.commune().get("/api/v1/units/" + hamlet + "/mediation-figures").then().statusCode(200)
                .body("from", equalTo(today.withDayOfYear(1).toString())).body("to", equalTo(today.toString()));
        Callers.commune().queryParam("from", "2024-02-01").queryParam("to", "2024-01-01")
                .get("/api/v1/units/" + hamlet + "/mediation-figures").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));

        // Group leaders read the figures of their own hamlet only; no role reads outside its scope.
        Callers.group().get("/api/v1/units/" + tk20 + "/mediation-figures").then().statusCode(200);
        Callers.group().get("/api/v1/units/" + hamlet + "/mediation-figures").then().statusCode(404);
        Callers.hamlet().get("/api/v1/units/" + maiSon + "/mediation-figures").then().statusCode(404);
        Callers.commune2().get("/api/v1/units/" + hamlet + "/mediation-figures").then().statusCode(404);
        Callers.as("nobody", "04105").get("/api/v1/units/" + hamlet + "/mediation-figures").then().statusCode(403);

        // The list of the hamlet: filters and the order by day received.
        assertEquals(9, listed(hamlet, Map.of()).getInt("total"));
        assertEquals(2, listed(hamlet, Map.of("status", "OPEN")).getInt("total"));
        assertEquals(4, listed(hamlet, Map.of("outcome", "RECONCILED")).getInt("total"));
        assertEquals(2, listed(hamlet, Map.of("disputeType", "NEIGHBOURS")).getInt("total"));
        assertEquals("2025-02-01", listed(hamlet, Map.of()).getString("items[0].receivedOn"));
        assertEquals("2023-12-20", listed(hamlet, Map.of("sort", "receivedOn")).getString("items[0].receivedOn"));
        assertEquals("2025-01-05", listed(hamlet, Map.of("sort", "-closedOn")).getString("items[0].closedOn"));
        Callers.commune().queryParam("sort", "description").get(CASES).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    /** A case of the group received on the day, closed with the outcome (after one session where one is needed). */
    private static void fixture(long group, List<Map<String, Object>> parties, String receivedOn, String type,
            String outcome, String closedOn) {
        Map<String, Object> body = newCase(group, LocalDate.parse(receivedOn), parties);
        body.put("disputeType", type);
        JsonPath created = Callers.commune().body(body).post(CASES).then().statusCode(201).extract().jsonPath();
        long id = created.getLong("summary.id");
        long version = created.getLong("summary.version");
        if (outcome == null) {
            return;
        }
        if (outcome.equals("RECONCILED") || outcome.equals("NOT_RECONCILED")) {
            version = Callers.commune().body(session(LocalDate.parse(receivedOn))).post(CASES + "/" + id + "/sessions")
                    .then().statusCode(200).extract().jsonPath().getLong("summary.version");
        }
        Map<String, Object> closing = closing(outcome, LocalDate.parse(closedOn), version);
        if (outcome.equals("RECONCILED")) {
            closing.put("agreement", "Hai bên thống nhất.");
        }
        if (outcome.equals("ESCALATED")) {
            closing.put("escalatedTo", "COMMUNE_PEOPLES_COMMITTEE");
        }
        Callers.commune().body(closing).post(CASES + "/" + id + "/closing").then().statusCode(200);
    }

    private static JsonPath listed(long hamlet, Map<String, String> query) {
        RequestSpecification request = Callers.commune().queryParam("unitId", hamlet).queryParam("size", 200);
        query.forEach(request::queryParam);
        return request.get(CASES).then().statusCode(200).extract().jsonPath();
    }

    /** A case opened by the caller for the group and closed by it at once (these outcomes need no session). */
    private long closed(Supplier<RequestSpecification> caller, long group, String outcome) {
        JsonPath created = caller.get().body(newCase(group, today.minusDays(5), twoOutsiders())).post(CASES).then()
                .statusCode(201).extract().jsonPath();
        long id = created.getLong("summary.id");
        Map<String, Object> closing = closing(outcome, today, created.getLong("summary.version"));
        if (outcome.equals("ESCALATED")) {
            closing.put("escalatedTo", "COMMUNE_POLICE");
        }
        caller.get().body(closing).post(CASES + "/" + id + "/closing").then().statusCode(200)
                .body("summary.outcome", equalTo(outcome));
        return id;
    }

    private static void expectInvalid(Map<String, Object> body, String field) {
        Callers.hamlet().body(body).post(CASES).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:lgtq:problem:validation")).body("errors.field", hasItem(field));
    }

    private static long personOf(long household) {
        return Callers.commune().get("/api/v1/households/" + household).then().statusCode(200).extract().jsonPath()
                .getLong("people.find { it.relation != 'HEAD' }.id");
    }

    private static Map<String, Object> newCase(long groupId, LocalDate receivedOn, List<Map<String, Object>> parties) {
        Map<String, Object> body = new HashMap<>();
        body.put("groupId", groupId);
        body.put("receivedOn", receivedOn.toString());
        body.put("intake", "PARTY_REQUEST");
        body.put("disputeType", "LAND_BOUNDARY");
        body.put("description", "Tranh chấp ranh giới đất vườn giữa hai hộ liền kề");
        body.put("parties", parties);
        body.put("mediators", List.of(Map.of("role", "GROUP_LEADER", "name", "Nguyễn Văn Hùng"),
                Map.of("role", "MEDIATION_TEAM_MEMBER", "name", "Lò Thị Hòa")));
        return body;
    }

    private static Map<String, Object> household(long householdId) {
        Map<String, Object> party = new HashMap<>();
        party.put("householdId", householdId);
        return party;
    }

    private static Map<String, Object> outsider(String name, String address) {
        Map<String, Object> party = new HashMap<>();
        party.put("outsiderName", name);
        party.put("outsiderAddress", address);
        return party;
    }

    private static List<Map<String, Object>> twoOutsiders() {
        return List.of(outsider("Quàng Văn Một", ADDRESS), outsider("Lường Thị Hai", null));
    }

    private static Map<String, Object> session(LocalDate heldOn) {
        return new HashMap<>(Map.of("heldOn", heldOn.toString(), "place", "Nhà văn hóa tiểu khu",
                "attendees", "Hai bên, nhóm trưởng, tổ hòa giải", "notes", "Hai bên trình bày ý kiến."));
    }

    private static Map<String, Object> closing(String outcome, LocalDate closedOn, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("closedOn", closedOn.toString());
        body.put("version", version);
        return body;
    }

    private static Map<String, Long> ordered(Object... pairs) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return map;
    }

    private static Map<String, Long> longs(Map<String, Object> map) {
        Map<String, Long> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(k, ((Number) v).longValue()));
        return result;
    }

    private static long idOfNumber(List<Map<String, Object>> groups, int number) {
        return groups.stream().filter(g -> ((Number) g.get("number")).intValue() == number)
                .map(g -> ((Number) g.get("id")).longValue()).findFirst().orElseThrow();
    }

    private List<String> auditActions(long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT action FROM audit_event WHERE entity_type = 'mediation-case' AND entity_id = ? ORDER BY id")) {
            s.setString(1, String.valueOf(id));
            List<String> actions = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    actions.add(r.getString(1));
                }
            }
            return actions;
        }
    }
}
