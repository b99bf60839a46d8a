package vn.lgtq.reference;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.lgtq.reintegration.ReintegrationCipher;
import vn.lgtq.testing.Callers;
import vn.lgtq.unit.SearchText;

/**
 * The Sơn La-size generator restricted to one commune no other test uses (Xã Mường Lạn, 04246): what it makes lies in
 * that commune only, has the shapes the schema and the services expect, and a second run makes nothing.
 */
@QuarkusTest
class SonLaDemoTest {
    private static final String COMMUNE = "04246";
    /** Rows inside the commune: its hamlets, and what hangs on them. */
    private static final String HAMLETS = "SELECT u.id FROM unit u JOIN unit c ON c.id = u.parent_id"
            + " WHERE c.code = '" + COMMUNE + "' AND c.valid_to IS NULL AND u.level = 'HAMLET'";
    private static final Map<String, String> IN_COMMUNE = new LinkedHashMap<>();
    /** Province-wide registers a commune may well have no row of (42 key areas, about 300 recognitions). */
    private static final java.util.Set<String> OPTIONAL = java.util.Set.of("key_area", "recognition", "mediation_case",
            "mediation_party", "mediation_session");

    static {
        IN_COMMUNE.put("unit", "SELECT count(*) FROM unit WHERE id IN (" + HAMLETS + ")");
        IN_COMMUNE.put("lgtq_group", "SELECT count(*) FROM lgtq_group WHERE hamlet_id IN (" + HAMLETS + ")");
        IN_COMMUNE.put("household", "SELECT count(*) FROM household WHERE hamlet_id IN (" + HAMLETS + ")");
        IN_COMMUNE.put("person", "SELECT count(*) FROM person p JOIN household h ON h.id = p.household_id"
                + " WHERE h.hamlet_id IN (" + HAMLETS + ")");
        IN_COMMUNE.put("group_membership", "SELECT count(*) FROM group_membership m JOIN lgtq_group g ON g.id = m.group_id"
                + " WHERE g.hamlet_id IN (" + HAMLETS + ")");
        IN_COMMUNE.put("group_meeting", "SELECT count(*) FROM group_meeting m JOIN lgtq_group g ON g.id = m.group_id"
                + " WHERE g.hamlet_id IN (" + HAMLETS + ")");
        IN_COMMUNE.put("patrol", "SELECT count(*) FROM patrol WHERE hamlet_id IN (" + HAMLETS + ")");
        IN_COMMUNE.put("propaganda_session", "SELECT count(*) FROM propaganda_session WHERE hamlet_id IN (" + HAMLETS + ")");
        IN_COMMUNE.put("household_commitment", "SELECT count(*) FROM household_commitment c JOIN household h"
                + " ON h.id = c.household_id WHERE h.hamlet_id IN (" + HAMLETS + ")");
        IN_COMMUNE.put("household_cultural_rating", "SELECT count(*) FROM household_cultural_rating"
                + " WHERE hamlet_id IN (" + HAMLETS + ")");
        IN_COMMUNE.put("group_rating", "SELECT count(*) FROM group_rating r JOIN lgtq_group g ON g.id = r.group_id"
                + " WHERE g.hamlet_id IN (" + HAMLETS + ")");
        IN_COMMUNE.put("fund_entry", "SELECT count(*) FROM fund_entry f JOIN lgtq_group g ON g.id = f.group_id"
                + " WHERE g.hamlet_id IN (" + HAMLETS + ")");
        IN_COMMUNE.put("commune_safety_standard", "SELECT count(*) FROM commune_safety_standard s WHERE s.commune_id IN ("
                + "SELECT id FROM unit WHERE code = '" + COMMUNE + "' AND level = 'COMMUNE')");
        IN_COMMUNE.put("key_area", "SELECT count(*) FROM key_area WHERE unit_id IN (" + HAMLETS + ")");
        IN_COMMUNE.put("recognition", "SELECT count(*) FROM recognition WHERE unit_id IN (" + HAMLETS + ")");
        IN_COMMUNE.put("tip", "SELECT count(*) FROM tip WHERE hamlet_id IN (" + HAMLETS + ")");
        IN_COMMUNE.put("tip_event", "SELECT count(*) FROM tip_event e JOIN tip t ON t.id = e.tip_id"
                + " WHERE t.hamlet_id IN (" + HAMLETS + ")");
        IN_COMMUNE.put("mediation_case", "SELECT count(*) FROM mediation_case WHERE hamlet_id IN (" + HAMLETS + ")");
        IN_COMMUNE.put("mediation_party", "SELECT count(*) FROM mediation_party p JOIN mediation_case m ON m.id = p.case_id"
                + " WHERE m.hamlet_id IN (" + HAMLETS + ")");
        IN_COMMUNE.put("mediation_session", "SELECT count(*) FROM mediation_session s JOIN mediation_case m"
                + " ON m.id = s.case_id WHERE m.hamlet_id IN (" + HAMLETS + ")");
        IN_COMMUNE.put("reintegration_case", "SELECT count(*) FROM reintegration_case WHERE hamlet_id IN (" + HAMLETS + ")");
        IN_COMMUNE.put("reintegration_contact", "SELECT count(*) FROM reintegration_contact x JOIN reintegration_case r"
                + " ON r.id = x.case_id WHERE r.hamlet_id IN (" + HAMLETS + ")");
    }

    @Inject
    SonLaDemo demo;

    @Inject
    DataSource dataSource;

    @Inject
    ReintegrationCipher cipher;

    /**
     * The scale bench plans other provinces the same way: for provinces left as they were (Lai Châu, 12) and merged
     * ones (Tuyên Quang with Hà Giang, 08; Thành phố Hồ Chí Minh with Bình Dương and Bà Rịa – Vũng Tàu, 79), every
     * current commune that replaced old ones gets hamlets (on their territories) and the totals are Sơn La's.
     */
    @Test
    void plansASonLaSizeDataSetForAnyCurrentProvince() throws SQLException {
        for (String province : List.of("12", "08", "79")) {
            try (Connection c = dataSource.getConnection()) {
                SonLaPlan plan = SonLaPlan.read(c, province);
                assertEquals(SonLaPlan.HAMLETS, plan.hamlets.size(), province);
                assertEquals(SonLaPlan.HOUSEHOLDS, plan.hamlets.stream().mapToInt(h -> h.households).sum(), province);
                assertEquals(SonLaPlan.GROUPS, plan.hamlets.stream().mapToInt(h -> h.groups).sum(), province);
                assertEquals(currentCommunes(c, province), plan.communes.size(), province);
                assertTrue(plan.communes.stream().allMatch(n -> plan.hamlets.stream().anyMatch(h -> h.commune == n)),
                        province + ": every commune has hamlets");
            }
        }
    }

    private static long currentCommunes(Connection c, String province) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM unit n JOIN unit p ON p.id = n.parent_id"
                + " WHERE p.code = ? AND p.level = 'PROVINCE' AND p.valid_to IS NULL AND n.valid_to IS NULL"
                + " AND n.level = 'COMMUNE' AND NOT n.demo"
                + " AND EXISTS (SELECT 1 FROM unit_predecessor x WHERE x.unit_id = n.id)")) {
            s.setString(1, province);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void generatesOneCommunesShareInsideItOnlyAndOnce() throws SQLException {
        Map<String, Long> before = totals();
        long rows = demo.generate(List.of(COMMUNE));
        Map<String, Long> after = totals();

        // Everything new lies in Xã Mường Lạn (its hamlets, or the commune and its predecessor for the safety standard).
        long added = 0;
        for (Map.Entry<String, String> table : IN_COMMUNE.entrySet()) {
            long delta = after.get(table.getKey()) - before.get(table.getKey());
            added += delta;
            assertEquals(count(table.getValue()), delta, table.getKey() + ": every new row lies in commune " + COMMUNE);
            if (!OPTIONAL.contains(table.getKey())) {
                assertTrue(delta > 0, table.getKey() + " got rows");
            }
        }
        assertTrue(rows >= added, "the marker counts what was generated");
        assertEquals(rows, count("SELECT row_count FROM reference_dataset WHERE name = 'demo-son-la-2026:04246'"));
        assertEquals(0, count("SELECT count(*) FROM reference_dataset WHERE name = 'demo-son-la-2026'"),
                "the whole province's marker is not set by a restricted run");
        assertEquals(10, count("SELECT count(*) FROM commune_safety_standard s JOIN unit c ON c.id = s.commune_id"
                + " WHERE c.code = '" + COMMUNE + "'"), "2016-2024 for the old commune, 2025 for the new one");

        // Made-up hamlets: flagged, current, plainly named, one of each name in the commune.
        assertEquals(0, count("SELECT count(*) FROM unit WHERE id IN (" + HAMLETS + ") AND (NOT demo OR valid_from IS NOT NULL"
                + " OR valid_to IS NOT NULL OR name NOT LIKE 'Bản %')"));
        assertEquals(count("SELECT count(*) FROM unit WHERE id IN (" + HAMLETS + ")"),
                count("SELECT count(DISTINCT name) FROM unit WHERE id IN (" + HAMLETS + ")"));

        // Every group has member households, and is led by the head of one of them.
        assertEquals(0, count("SELECT count(*) FROM lgtq_group g WHERE g.hamlet_id IN (" + HAMLETS + ") AND NOT EXISTS"
                + " (SELECT 1 FROM group_membership m WHERE m.group_id = g.id AND m.left_on IS NULL)"));
        assertEquals(0, count("SELECT count(*) FROM lgtq_group g WHERE g.hamlet_id IN (" + HAMLETS + ") AND NOT EXISTS"
                + " (SELECT 1 FROM person p JOIN group_membership m ON m.household_id = p.household_id"
                + " WHERE p.id = g.leader_person_id AND p.relation = 'HEAD' AND m.group_id = g.id)"));

        // Households: one head at position 0 whose name is the household's, and the search text the API would fold.
        assertEquals(0, count("SELECT count(*) FROM household h WHERE h.hamlet_id IN (" + HAMLETS + ") AND NOT EXISTS"
                + " (SELECT 1 FROM person p WHERE p.household_id = h.id AND p.position = 0 AND p.relation = 'HEAD'"
                + " AND p.full_name = h.head_name)"));
        for (String[] h : rows("SELECT code, head_name, address, search_text FROM household WHERE hamlet_id IN ("
                + HAMLETS + ") ORDER BY id LIMIT 200")) {
            assertEquals(SearchText.fold(h[0] + " " + h[1] + " " + h[2]), h[3]);
        }

        // Tips: handled by the commune, closed ones with an outcome (never a duplicate), nothing in the future.
        assertEquals(0, count("SELECT count(*) FROM tip WHERE hamlet_id IN (" + HAMLETS + ") AND (primary_unit_id <>"
                + " (SELECT parent_id FROM unit WHERE id = tip.hamlet_id) OR outcome = 'DUPLICATE'"
                + " OR informant_ciphertext IS NOT NULL OR source NOT IN ('SELF', 'ANONYMOUS', 'CITIZEN')"
                + " OR created_at > now() OR closed_at < created_at OR triaged_at < created_at"
                + " OR (status <> 'NEW') <> (triaged_at IS NOT NULL))"));
        assertEquals(0, count("SELECT count(*) FROM tip t WHERE t.hamlet_id IN (" + HAMLETS + ") AND NOT EXISTS"
                + " (SELECT 1 FROM tip_event e WHERE e.tip_id = t.id AND e.kind = 'FILED')"));

        // Mediation: two parties; closed cases had sessions; outcomes carry what they need.
        assertEquals(0, count("SELECT count(*) FROM mediation_case m WHERE m.hamlet_id IN (" + HAMLETS + ") AND ("
                + "(SELECT count(*) FROM mediation_party p WHERE p.case_id = m.id) <> 2"
                + " OR (m.status = 'CLOSED' AND NOT EXISTS"
                + " (SELECT 1 FROM mediation_session s WHERE s.case_id = m.id))"
                + " OR (m.outcome = 'RECONCILED' AND m.agreement IS NULL)"
                + " OR (m.outcome = 'ESCALATED' AND m.escalated_to IS NULL)"
                + " OR m.group_id NOT IN (SELECT id FROM lgtq_group WHERE hamlet_id = m.hamlet_id))"));

        // Reintegration: followed by the commune, the identity sealed under the configured key names the person.
        List<String[]> cases = rows("SELECT encode(r.identity_ciphertext, 'hex'), p.full_name, r.commune_id,"
                + " (SELECT parent_id FROM unit WHERE id = r.hamlet_id), r.id FROM reintegration_case r"
                + " JOIN person p ON p.id = r.person_id WHERE r.hamlet_id IN (" + HAMLETS + ")");
        assertEquals(count(IN_COMMUNE.get("reintegration_case")), cases.size(), "every case names a person");
        for (String[] c : cases) {
            assertEquals(c[1], cipher.open(java.util.HexFormat.of().parseHex(c[0]), Long.parseLong(c[4])).name());
            assertEquals(c[3], c[2]);
        }

        // The services read it: the commune police see the commune's figures and a case with its support plan.
        var officer = Callers.as("muonglan", COMMUNE, "commune-officer");
        long commune = count("SELECT id FROM unit WHERE code = '" + COMMUNE + "' AND valid_to IS NULL");
        officer.get("/api/v1/units/" + commune + "/tip-figures?from=2016-01-01").then().statusCode(200)
                .body("total", equalTo((int) count(IN_COMMUNE.get("tip"))))
                .body("arrestsOrCases", equalTo((int) count("SELECT sum(arrests_or_cases) FROM tip WHERE hamlet_id IN ("
                        + HAMLETS + ")")));
        officer.get("/api/v1/units/" + commune + "/coverage").then().statusCode(200)
                .body("hamlets", equalTo((int) count(IN_COMMUNE.get("unit"))))
                .body("households", equalTo((int) count(IN_COMMUNE.get("household"))))
                .body("hamletsWithActiveGroupPercent", equalTo(100.0f));
        long oneCase = count("SELECT min(id) FROM reintegration_case WHERE hamlet_id IN (" + HAMLETS + ")");
        officer.get("/api/v1/reintegration-cases/" + oneCase).then().statusCode(200)
                .body("plan.goals.size()", greaterThanOrEqualTo(2)).body("plan.goals[0].area", equalTo("WORK"));

        // Nothing dated after today.
        String groups = "SELECT id FROM lgtq_group WHERE hamlet_id IN (" + HAMLETS + ")";
        assertEquals(0, count("SELECT count(*) FROM group_meeting WHERE held_on >= current_date AND group_id IN ("
                + groups + ")")
                + count("SELECT count(*) FROM patrol WHERE ended_at > now() AND hamlet_id IN (" + HAMLETS + ")")
                + count("SELECT count(*) FROM fund_entry WHERE entry_on >= current_date AND group_id IN (" + groups + ")")
                + count("SELECT count(*) FROM reintegration_contact WHERE contacted_on >= current_date AND case_id IN"
                        + " (SELECT id FROM reintegration_case WHERE hamlet_id IN (" + HAMLETS + "))"));

        // Once: a second run finds the marker and makes nothing.
        assertEquals(0, demo.generate(List.of(COMMUNE)));
        assertEquals(after, totals());
    }

    private Map<String, Long> totals() throws SQLException {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String table : IN_COMMUNE.keySet()) {
            totals.put(table, count("SELECT count(*) FROM " + table));
        }
        return totals;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String[]> rows(String sql) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
