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
            List<Long> hamlets = ids(c, "SELECT id FROM unit WHERE level = 'HAMLET' ORDER BY id LIMIT 12");
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

    /**
     * What the dashboard sums per hamlet and month and per year (hamlet_month, hamlet_year) equals a recount after
     * random memberships joined and left, meetings, fund entries of each kind, edits, deletes, groups moved to
     * another hamlet and rolled-back statements.
     */
    @Test
    void monthAndYearSumsEqualALiveRecountAfterRandomWrites() throws SQLException {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        try (Connection c = dataSource.getConnection()) {
            List<Long> hamlets = ids(c, "SELECT id FROM unit WHERE level = 'HAMLET' ORDER BY id LIMIT 6");
            List<Long> groups = new ArrayList<>();
            for (long hamlet : hamlets) {
                groups.addAll(ids(c, "INSERT INTO lgtq_group (hamlet_id, number, name, search_name, status)"
                        + " SELECT " + hamlet + ", 900 + n + floor(random() * 1000000)::int, 'Nhóm đếm', 'nhom dem',"
                        + " 'ACTIVE' FROM generate_series(1, 2) n RETURNING id"));
            }
            List<Long> households = ids(c, "INSERT INTO household (hamlet_id, code, head_name, search_text)"
                    + " SELECT " + hamlets.get(0) + ", 'M-' || left(CAST(gen_random_uuid() AS text), 20), 'Hộ', 'ho'"
                    + " FROM generate_series(1, 30) RETURNING id");
            for (int i = 0; i < OPERATIONS; i++) {
                boolean rollBack = random.nextInt(8) == 0;
                c.setAutoCommit(!rollBack);
                long group = groups.get(random.nextInt(groups.size()));
                String day = "DATE '" + (2016 + random.nextInt(11)) + "-" + (1 + random.nextInt(12)) + "-"
                        + (1 + random.nextInt(28)) + "'";
                String sql = switch (random.nextInt(9)) {
                    case 0 -> "INSERT INTO group_membership (household_id, group_id, joined_on, left_on) VALUES ("
                            + households.get(random.nextInt(households.size())) + ", " + group + ", " + day + ", "
                            + (random.nextBoolean() ? "NULL" : day + " + " + random.nextInt(900)) + ")";
                    case 1 -> "UPDATE group_membership SET left_on = joined_on + " + random.nextInt(400)
                            + " WHERE id IN (SELECT id FROM group_membership WHERE group_id = " + group + " LIMIT 2)";
                    case 2 -> "DELETE FROM group_membership WHERE id IN (SELECT id FROM group_membership WHERE group_id = "
                            + group + " ORDER BY random() LIMIT 1)";
                    case 3 -> "INSERT INTO group_meeting (group_id, held_on, member_households, recorded_by) VALUES ("
                            + group + ", " + day + ", 3, 'dem') ON CONFLICT DO NOTHING";
                    case 4 -> "UPDATE group_meeting SET held_on = held_on + " + (1 + random.nextInt(60))
                            + " WHERE id IN (SELECT id FROM group_meeting WHERE group_id = " + group + " LIMIT 1)";
                    case 5 -> "INSERT INTO fund_entry (group_id, kind, entry_on, amount, description, recorded_by)"
                            + " VALUES (" + group + ", '" + List.of("CONTRIBUTION", "SUPPORT", "EXPENSE")
                            .get(random.nextInt(3)) + "', " + day + ", " + (1 + random.nextInt(500_000)) + ", 'Đếm', 'dem')";
                    case 6 -> "UPDATE fund_entry SET amount = amount + 1, entry_on = entry_on - " + random.nextInt(90)
                            + " WHERE group_id = " + group;
                    case 7 -> "DELETE FROM fund_entry WHERE id IN (SELECT id FROM fund_entry WHERE group_id = " + group
                            + " ORDER BY random() LIMIT 1)";
                    default -> "UPDATE lgtq_group SET hamlet_id = " + hamlets.get(random.nextInt(hamlets.size()))
                            + " WHERE id = " + group;
                };
                try (Statement statement = c.createStatement()) {
                    statement.execute(sql);
                } catch (SQLException e) { // a duplicate the schema refuses changes nothing
                    if (!"23505".equals(e.getSQLState())) {
                        throw e;
                    }
                }
                if (rollBack) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
            String live = """
                    SELECT g.hamlet_id || ' ' || %1$s, sum(d.joined) || ' ' || sum(d.left_) || ' ' || sum(d.meetings)
                        || ' ' || sum(d.c) || ' ' || sum(d.s) || ' ' || sum(d.e)
                    FROM (
                        SELECT group_id, date_trunc('%2$s', joined_on) AS day, 1 AS joined, 0 AS left_, 0 AS meetings,
                            0 AS c, 0 AS s, 0 AS e FROM group_membership
                        UNION ALL SELECT group_id, date_trunc('%2$s', left_on), 0, 1, 0, 0, 0, 0 FROM group_membership
                            WHERE left_on IS NOT NULL
                        UNION ALL SELECT group_id, date_trunc('%2$s', held_on), 0, 0, 1, 0, 0, 0 FROM group_meeting
                        UNION ALL SELECT group_id, date_trunc('%2$s', entry_on), 0, 0, 0,
                            CASE WHEN kind = 'CONTRIBUTION' THEN amount ELSE 0 END,
                            CASE WHEN kind = 'SUPPORT' THEN amount ELSE 0 END,
                            CASE WHEN kind = 'EXPENSE' THEN amount ELSE 0 END FROM fund_entry
                    ) d JOIN lgtq_group g ON g.id = d.group_id GROUP BY 1""";
            String kept = "SELECT hamlet_id || ' ' || to_char(month, 'YYYY-MM-DD'), members_joined || ' ' || members_left"
                    + " || ' ' || meetings || ' ' || fund_contributions || ' ' || fund_support || ' ' || fund_expenses"
                    + " FROM %s WHERE (members_joined, members_left, meetings, fund_contributions, fund_support,"
                    + " fund_expenses) <> (0, 0, 0, 0, 0, 0)";
            for (String unit : List.of("month", "year")) {
                assertEquals(recount(c, live.formatted("to_char(date_trunc('" + unit + "', d.day), 'YYYY-MM-DD')", unit)),
                        recount(c, kept.formatted("hamlet_" + unit)),
                        "hamlet_" + unit + " after " + OPERATIONS + " random writes (seed " + seed + ")");
            }
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
