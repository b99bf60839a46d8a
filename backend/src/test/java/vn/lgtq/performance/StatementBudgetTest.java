package vn.lgtq.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestRegisters;

/**
 * SQL statements per request for the main reads, counted by Hibernate: a count, not a time, so it holds on a noisy
 * machine. A list that loads collections of the rows it does not show (the household list once read every person
 * of the province) goes over its budget here long before it is slow enough to notice on small data.
 */
@QuarkusTest
class StatementBudgetTest {
    private static final int HOUSEHOLDS = 30;

    @Inject
    SessionFactory sessions;

    @Test
    @SuppressWarnings("unchecked")
    void mainReadsStayWithinTheirStatementBudget() {
        TestRegisters.Hamlet hamlet = TestRegisters.hamlet("04105", "Bản Đếm Lệnh");
        long group = TestRegisters.group(hamlet, 1, "dem-" + TestRegisters.unique(), null);
        long household = 0;
        for (int i = 0; i < HOUSEHOLDS; i++) {
            household = TestRegisters.household(hamlet, i % 2 == 0 ? group : null);
        }
        long oneHousehold = household;
        String code = Callers.province().get("/api/v1/households/" + oneHousehold).then().extract().path("code");
        RequestSpecification leader = TestRegisters.hamletLeader(hamlet);
        for (int i = 1; i <= 3; i++) { // rows for every list below, so each budget counts what a page shows
            TestRegisters.hamletLeader(hamlet).body(Map.of("hamletId", hamlet.id(), "groupId", group,
                    "startedAt", "2025-11-0" + i + "T19:00:00+07:00")).post("/api/v1/patrols").then().statusCode(201);
            TestRegisters.hamletLeader(hamlet).body(Map.of("hamletId", hamlet.id(), "heldOn", "2025-08-1" + i,
                    "topic", "Phòng chống ma túy", "channel", "LOUDSPEAKER", "audience", 50))
                    .post("/api/v1/propaganda-sessions").then().statusCode(201);
            TestRegisters.hamletLeader(hamlet).body(Map.of("groupId", group, "receivedOn", "2025-0" + i + "-01",
                    "intake", "PARTY_REQUEST", "disputeType", "LAND_BOUNDARY", "description", "Tranh chấp ranh giới",
                    "parties", List.of(Map.of("householdId", oneHousehold), Map.of("outsiderName", "Quàng Văn Một")),
                    "mediators", List.of(Map.of("role", "GROUP_LEADER", "name", "Nguyễn Văn Hùng"))))
                    .post("/api/v1/mediation-cases").then().statusCode(201);
            TestRegisters.hamletLeader(hamlet).body(Map.of("hamletId", hamlet.id(), "category", "THEFT_ROBBERY",
                    "description", "Mất trộm xe máy ở đầu ngõ", "source", "SELF")).post("/api/v1/tips")
                    .then().statusCode(201);
        }
        // read → (caller, path, budget): the budget is what the read takes today; lower it when a read gets leaner.
        // A list page is the unit graph's version, the page, its total and one statement for what the rows show.
        // Loading the people of the listed households (@Fetch(SUBSELECT) and people.size()) took 11, 11 and 10.
        Map<String, Read> reads = new LinkedHashMap<>();
        reads.put("households of a hamlet, page of 10", new Read(() -> leader,
                "/api/v1/households?size=10&unitId=" + hamlet.id(), 4));
        reads.put("households of the province, page of 10", new Read(Callers::province,
                "/api/v1/households?size=10", 4));
        reads.put("households of a commune, page of 10", new Read(Callers::commune,
                "/api/v1/households?size=10", 4));
        reads.put("households of the province, searched", new Read(Callers::province,
                "/api/v1/households?size=10&q=" + code, 5));
        reads.put("one household", new Read(() -> leader, "/api/v1/households/" + oneHousehold, 6));
        reads.put("tips of the province", new Read(Callers::province, "/api/v1/tips?size=20", 5));
        reads.put("groups of a hamlet", new Read(() -> leader, "/api/v1/groups?unitId=" + hamlet.id(), 4));
        reads.put("groups of the province", new Read(Callers::province, "/api/v1/groups?size=20", 4));
        reads.put("one group", new Read(() -> leader, "/api/v1/groups/" + group, 5));
        reads.put("mediation cases of the province", new Read(Callers::province, "/api/v1/mediation-cases?size=20", 4));
        reads.put("patrols of the province", new Read(Callers::province, "/api/v1/patrols?size=20", 4));
        reads.put("dashboard of the province, ten years", new Read(Callers::province,
                "/api/v1/dashboard?from=2017-01-01&to=2026-11-28", 13));
        // A district and above read the period before and the trends alongside, in a transaction of their own.
        reads.put("dashboard of a hamlet", new Read(() -> leader, "/api/v1/dashboard", 9));
        reads.put("propaganda sessions of the province", new Read(Callers::province,
                "/api/v1/propaganda-sessions?size=20", 4));

        Statistics statistics = sessions.getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "quarkus.hibernate-orm.statistics must be on in %test");
        List<String> over = new ArrayList<>();
        for (Map.Entry<String, Read> read : reads.entrySet()) {
            // warm caches; a list must have rows, or its budget would count an empty page
            Map<String, Object> warm = read.getValue().caller().get().get(read.getValue().path()).then()
                    .statusCode(200).extract().as(Map.class);
            assertTrue(!warm.containsKey("items") || !((List<?>) warm.get("items")).isEmpty(), read.getKey());
            statistics.clear();
            read.getValue().caller().get().get(read.getValue().path()).then().statusCode(200);
            long statements = statistics.getPrepareStatementCount();
            System.out.printf("Statements: %-42s %3d (budget %d)%n", read.getKey(), statements,
                    read.getValue().budget());
            if (statements > read.getValue().budget()) {
                over.add(read.getKey() + ": " + statements + " statements, budget " + read.getValue().budget());
            }
        }
        assertEquals(List.of(), over);
    }

    private record Read(Supplier<RequestSpecification> caller, String path, int budget) {
    }
}
