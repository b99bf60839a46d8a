package vn.lgtq.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.lgtq.paging.HamletTotals.CountedList;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestRegisters;

/**
 * The rows per hamlet that list totals are summed from (hamlet_row_count) and the cultural-family ratings per hamlet
 * and year the dashboard sums (hamlet_cultural_year) equal a live recount after a random series of inserts, moves
 * to another hamlet, other updates and deletes (households' deletes cascading to their ratings), one row or many
 * per statement, some of them rolled back; and the household list's total over the API is that sum.
 */
@QuarkusTest
class HamletTotalsTest {
    private static final int OPERATIONS = 400;
    private static final List<String> TABLES = List.of("household", "patrol", "propaganda_session",
            "household_cultural_rating");

    @Inject
    DataSource dataSource;

    @Inject
    HamletTotals totals;

    @Test
    void totalsEqualALiveRecountAfterRandomWrites() throws SQLException {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        try (Connection c = dataSource.getConnection()) {
            // Hamlets of this test's own: rows moved into the demo's hamlets would change what other tests count.
            List<Long> hamlets = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                hamlets.add(TestRegisters.hamlet("04105", "Bản Đếm Tổng " + i).id());
            }
            Map<String, List<Long>> written = new TreeMap<>();
            TABLES.forEach(t -> written.put(t, new ArrayList<>()));
            for (int i = 0; i < OPERATIONS; i++) {
                String table = TABLES.get(random.nextInt(TABLES.size()));
                List<Long> rows = written.get(table);
                boolean rollBack = random.nextInt(8) == 0;
                c.setAutoCommit(!rollBack);
                long hamlet = hamlets.get(random.nextInt(hamlets.size()));
                List<Long> some = pick(rows, 1 + random.nextInt(4), random);
                switch (rows.isEmpty() ? 0 : random.nextInt(4)) {
                    case 0 -> {
                        List<Long> added = table.equals("household_cultural_rating")
                                ? rate(c, pick(written.get("household"), 3, random), 2000 + random.nextInt(30))
                                : insert(c, table, hamlet, 1 + random.nextInt(5));
                        if (!rollBack) {
                            rows.addAll(added);
                        }
                    }
                    case 1 -> update(c, "UPDATE " + table + " SET hamlet_id = ? WHERE id = ANY(?)", hamlet, some);
                    case 2 -> update(c, switch (table) {
                        case "household" -> "UPDATE household SET address = 'Đã sửa' WHERE id = ANY(?)";
                        case "household_cultural_rating" ->
                                "UPDATE household_cultural_rating SET cultural = NOT cultural WHERE id = ANY(?)";
                        default -> "UPDATE " + table + " SET recorded_by = 'sua' WHERE id = ANY(?)";
                    }, null, some);
                    default -> {
                        update(c, "DELETE FROM " + table + " WHERE id = ANY(?)", null, some);
                        if (!rollBack) {
                            rows.removeAll(some);
                        }
                    }
                }
                if (rollBack) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
            assertEquals(recount(c, "SELECT hamlet_id || ' ' || rating_year, count(*) || ' ' || count(*) FILTER"
                            + " (WHERE cultural) FROM household_cultural_rating GROUP BY 1"),
                    recount(c, "SELECT hamlet_id || ' ' || rating_year, households_rated || ' ' || cultural_families"
                            + " FROM hamlet_cultural_year WHERE households_rated <> 0 OR cultural_families <> 0"),
                    "cultural ratings per hamlet and year after " + OPERATIONS + " random writes (seed " + seed + ")");
            for (String table : TABLES.subList(0, 3)) {
                assertEquals(recount(c, "SELECT hamlet_id, count(*) FROM " + table + " GROUP BY 1"),
                        recount(c, "SELECT hamlet_id, row_count FROM hamlet_row_count WHERE list = '" + table
                                + "' AND row_count <> 0"),
                        table + " after " + OPERATIONS + " random writes (seed " + seed + ")");
            }
            long province = Callers.province().get("/api/v1/me").then().extract().jsonPath().getLong("unit.id");
            long all = ids(c, "WITH RECURSIVE reach(id) AS (SELECT CAST(" + province + " AS bigint) UNION"
                    + " SELECT e.to_id FROM unit_scope_edge e JOIN reach r ON e.from_id = r.id)"
                    + " SELECT count(*) FROM household WHERE hamlet_id IN (SELECT id FROM reach)").get(0);
            assertEquals(all, (long) Callers.province().get("/api/v1/households?size=1").then().statusCode(200)
                    .extract().jsonPath().getLong("total"), "the province's list total is the sum per hamlet");
        }
    }

    @Test
    void noUnitsNoRows() {
        assertEquals(0, totals.rows(CountedList.HOUSEHOLDS, List.of()));
    }

    private static List<Long> insert(Connection c, String table, long hamlet, int count) throws SQLException {
        String sql = switch (table) {
            case "household" -> "INSERT INTO household (hamlet_id, code, head_name, search_text)"
                    + " SELECT ?, 'T-' || left(CAST(gen_random_uuid() AS text), 20), 'Hộ đếm', 'ho dem' FROM generate_series(1, ?)"
                    + " RETURNING id";
            case "patrol" -> "INSERT INTO patrol (hamlet_id, started_at, recorded_by)"
                    + " SELECT ?, now(), 'dem' FROM generate_series(1, ?) RETURNING id";
            default -> "INSERT INTO propaganda_session (hamlet_id, held_on, topic, channel, recorded_by)"
                    + " SELECT ?, current_date, 'Đếm', 'MEETING', 'dem' FROM generate_series(1, ?) RETURNING id";
        };
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, hamlet);
            s.setInt(2, count);
            List<Long> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        }
    }

    private static void update(Connection c, String sql, Long hamlet, List<Long> ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int at = 1;
            if (hamlet != null) {
                s.setLong(at++, hamlet);
            }
            Array array = c.createArrayOf("bigint", ids.toArray());
            s.setArray(at, array);
            s.executeUpdate();
        }
    }

    private static List<Long> pick(List<Long> rows, int count, Random random) {
        List<Long> picked = new ArrayList<>();
        for (int i = 0; i < count && !rows.isEmpty(); i++) {
            picked.add(rows.get(random.nextInt(rows.size())));
        }
        return picked;
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    private static Map<String, String> recount(Connection c, String sql) throws SQLException {
        Map<String, String> counts = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                counts.put(r.getString(1), r.getString(2));
            }
        }
        return counts;
    }

    /** Cultural-family ratings of the year for these households, in their hamlets; a second one is skipped. */
    private static List<Long> rate(Connection c, List<Long> households, int year) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO household_cultural_rating (household_id, hamlet_id,"
                + " rating_year, cultural, rated_by) SELECT h.id, h.hamlet_id, ?, random() < 0.5, 'dem' FROM household h"
                + " WHERE h.id = ANY(?) ON CONFLICT DO NOTHING RETURNING id")) {
            s.setInt(1, year);
            s.setArray(2, c.createArrayOf("bigint", households.toArray()));
            List<Long> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        }
    }
}
