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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /**
     * What the dashboard reads per hamlet and month (hamlet_month: the month's meetings, running totals of meetings,
     * open memberships and the fund by kind) and per hamlet, year and rank (hamlet_group_rating_year) equals a live
     * recount after random memberships joined and left, meetings, fund entries, group ratings, edits, deletes, groups
     * moved to another hamlet, rolled-back statements, and writers of the same hamlets at the same time; so do the
     * member households and their people per hamlet (hamlet_coverage), with people added, moved and deleted, groups
     * dissolved and revived and households deleted too. The communes' totals (commune_month) equal the sum of
     * their hamlets' after the same writes and hamlets moved to another commune.
     */
    @Test
    void monthTotalsEqualALiveRecountAfterRandomAndConcurrentWrites() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Long> hamlets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            hamlets.add(TestRegisters.hamlet(i < 2 ? "04105" : "03646", "Bản Đếm Tháng " + i).id());
        }
        String inHamlets = hamlets.toString().replace('[', '(').replace(']', ')');
        try (Connection c = dataSource.getConnection()) {
            List<Long> communes = ids(c, "SELECT DISTINCT parent_id FROM unit WHERE id IN " + inHamlets);
            List<Long> groups = new ArrayList<>();
            for (long hamlet : hamlets) {
                groups.addAll(ids(c, "INSERT INTO lgtq_group (hamlet_id, number, name, search_name, status)"
                        + " SELECT " + hamlet + ", 900 + n, 'Nhóm đếm', 'nhom dem', 'ACTIVE'"
                        + " FROM generate_series(1, 2) n RETURNING id"));
            }
            List<Long> households = ids(c, "INSERT INTO household (hamlet_id, code, head_name, search_text)"
                    + " SELECT " + hamlets.get(0) + ", 'M-' || left(CAST(gen_random_uuid() AS text), 20), 'Hộ', 'ho'"
                    + " FROM generate_series(1, 30) RETURNING id");
            for (int i = 0; i < OPERATIONS; i++) {
                boolean rollBack = random.nextInt(8) == 0;
                c.setAutoCommit(!rollBack);
                if (random.nextInt(40) == 0) {
                    update(c, "UPDATE unit SET parent_id = ? WHERE id = ANY(?)", communes.get(random.nextInt(2)),
                            pick(hamlets, 1 + random.nextInt(2), random));
                } else {
                    write(c, random, groups, households, hamlets, true);
                }
                if (rollBack) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
                // after each write: a later write to the same hamlet recounts it whole and would hide a missed one
                assertCoverage(c, inHamlets, "after write " + i + " (seed " + seed + ")");
            }
            ExecutorService writers = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    Random own = new Random(random.nextLong());
                    done.add(writers.submit(() -> {
                        try (Connection mine = dataSource.getConnection()) {
                            for (int i = 0; i < 40; i++) {
                                write(mine, own, groups, households, hamlets, false);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> writer : done) {
                    writer.get();
                }
            } finally {
                writers.shutdown();
            }
            String live = """
                    SELECT s.hamlet_id || ' ' || s.month, concat_ws(' ',
                        (SELECT count(*) FILTER (WHERE m.held_on >= s.month) FROM group_meeting m
                            JOIN lgtq_group g ON g.id = m.group_id
                            WHERE g.hamlet_id = s.hamlet_id AND m.held_on < s.month + interval '1 month'),
                        (SELECT count(*) FROM group_meeting m JOIN lgtq_group g ON g.id = m.group_id
                            WHERE g.hamlet_id = s.hamlet_id AND m.held_on < s.month + interval '1 month'),
                        (SELECT count(*) FROM group_membership m JOIN lgtq_group g ON g.id = m.group_id
                            WHERE g.hamlet_id = s.hamlet_id AND m.joined_on < s.month + interval '1 month'
                            AND (m.left_on IS NULL OR m.left_on >= s.month + interval '1 month')),
                        (SELECT concat_ws(' ', COALESCE(sum(f.amount) FILTER (WHERE f.kind = 'CONTRIBUTION'), 0),
                                COALESCE(sum(f.amount) FILTER (WHERE f.kind = 'SUPPORT'), 0),
                                COALESCE(sum(f.amount) FILTER (WHERE f.kind = 'EXPENSE'), 0))
                            FROM fund_entry f JOIN lgtq_group g ON g.id = f.group_id
                            WHERE g.hamlet_id = s.hamlet_id AND f.entry_on < s.month + interval '1 month'))
                    FROM (SELECT hamlet_id, month FROM hamlet_month WHERE hamlet_id IN %1$s
                          UNION SELECT g.hamlet_id, CAST(date_trunc('month', m.held_on) AS date) FROM group_meeting m
                              JOIN lgtq_group g ON g.id = m.group_id WHERE g.hamlet_id IN %1$s
                          UNION SELECT hamlet_id, DATE '2100-01-01' FROM unnest(ARRAY%2$s) hamlet_id) s"""
                    .formatted(inHamlets, hamlets);
            // Every month of a meeting, each month kept, and the end of time: the last month holds all totals.
            String kept = """
                    SELECT h.id || ' ' || s.month, concat_ws(' ', CASE WHEN s.month = x.month THEN x.meetings ELSE 0 END,
                        x.meetings_through, x.members_through, x.contributions_through, x.support_through,
                        x.expenses_through)
                    FROM (SELECT hamlet_id, month FROM hamlet_month WHERE hamlet_id IN %1$s
                          UNION SELECT g.hamlet_id, CAST(date_trunc('month', m.held_on) AS date) FROM group_meeting m
                              JOIN lgtq_group g ON g.id = m.group_id WHERE g.hamlet_id IN %1$s
                          UNION SELECT hamlet_id, DATE '2100-01-01' FROM unnest(ARRAY%2$s) hamlet_id) s
                    JOIN unit h ON h.id = s.hamlet_id
                    LEFT JOIN LATERAL (SELECT * FROM hamlet_month k WHERE k.hamlet_id = s.hamlet_id
                        AND k.month <= s.month ORDER BY k.month DESC LIMIT 1) k ON TRUE
                    CROSS JOIN LATERAL (SELECT COALESCE(k.month, s.month) AS month, COALESCE(k.meetings, 0) AS meetings,
                        COALESCE(k.meetings_through, 0) AS meetings_through,
                        COALESCE(k.members_through, 0) AS members_through,
                        COALESCE(k.contributions_through, 0) AS contributions_through,
                        COALESCE(k.support_through, 0) AS support_through,
                        COALESCE(k.expenses_through, 0) AS expenses_through) x"""
                    .formatted(inHamlets, hamlets);
            assertEquals(recount(c, live), recount(c, kept),
                    "hamlet_month after " + OPERATIONS + " random and 160 concurrent writes (seed " + seed + ")");
            assertEquals(recount(c, "SELECT g.hamlet_id || ' ' || r.rating_year || ' ' || r.rating_rank, count(*)"
                            + " FROM group_rating r JOIN lgtq_group g ON g.id = r.group_id WHERE g.hamlet_id IN "
                            + inHamlets + " GROUP BY 1"),
                    recount(c, "SELECT hamlet_id || ' ' || rating_year || ' ' || rating_rank, groups"
                            + " FROM hamlet_group_rating_year WHERE groups <> 0 AND hamlet_id IN " + inHamlets),
                    "group ratings per hamlet, year and rank after the same writes (seed " + seed + ")");
            assertCoverage(c, inHamlets, "after the same and the concurrent writes (seed " + seed + ")");
            assertCommunesSumTheirHamlets(c, communes, "after the same writes (seed " + seed + ")");
        }
    }

    /**
     * On every month the communes or their hamlets have a row for, and at the end of time: a commune's month and its
     * running totals through the month equal the sum of those of the hamlets under it today.
     */
    private static void assertCommunesSumTheirHamlets(Connection c, List<Long> communes, String when)
            throws SQLException {
        String months = """
                SELECT commune_id, month FROM commune_month WHERE commune_id IN %1$s
                UNION SELECT u.parent_id, k.month FROM hamlet_month k JOIN unit u ON u.id = k.hamlet_id
                    WHERE u.parent_id IN %1$s
                UNION SELECT commune_id, DATE '2100-01-01' FROM unnest(ARRAY%2$s) commune_id"""
                .formatted(communes.toString().replace('[', '(').replace(']', ')'), communes);
        String totals = "concat_ws(' ', COALESCE(sum(CASE WHEN k.month = m.month THEN k.meetings ELSE 0 END), 0),"
                + " COALESCE(sum(k.meetings_through), 0), COALESCE(sum(k.members_through), 0),"
                + " COALESCE(sum(k.contributions_through), 0), COALESCE(sum(k.support_through), 0),"
                + " COALESCE(sum(k.expenses_through), 0))";
        assertEquals(recount(c, """
                        SELECT m.commune_id || ' ' || m.month, %s FROM (%s) m
                        LEFT JOIN unit u ON u.parent_id = m.commune_id AND u.level = 'HAMLET'
                        LEFT JOIN LATERAL (SELECT * FROM hamlet_month k WHERE k.hamlet_id = u.id
                            AND k.month <= m.month ORDER BY k.month DESC LIMIT 1) k ON TRUE
                        GROUP BY m.commune_id, m.month""".formatted(totals, months)),
                recount(c, """
                        SELECT m.commune_id || ' ' || m.month, %s FROM (%s) m
                        LEFT JOIN LATERAL (SELECT * FROM commune_month k WHERE k.commune_id = m.commune_id
                            AND k.month <= m.month ORDER BY k.month DESC LIMIT 1) k ON TRUE
                        GROUP BY m.commune_id, m.month""".formatted(totals, months)),
                "commune_month, the sum of its hamlets' hamlet_month, " + when);
    }

    /** Member households and their people per hamlet (hamlet_coverage) equal a live recount. */
    private static void assertCoverage(Connection c, String inHamlets, String when) throws SQLException {
        assertEquals(recount(c, """
                        SELECT g.hamlet_id, count(DISTINCT m.household_id) || ' ' || count(p.id)
                        FROM lgtq_group g JOIN group_membership m ON m.group_id = g.id AND m.left_on IS NULL
                        LEFT JOIN person p ON p.household_id = m.household_id
                        WHERE g.status = 'ACTIVE' AND g.hamlet_id IN %s GROUP BY 1""".formatted(inHamlets)),
                recount(c, "SELECT hamlet_id, member_households || ' ' || member_people FROM hamlet_coverage"
                        + " WHERE member_households <> 0 AND hamlet_id IN " + inHamlets),
                "member households and their people per hamlet " + when);
    }

    /** One random write of a membership, meeting, fund entry, group rating or group move, in the hamlets' groups. */
    private static void write(Connection c, Random random, List<Long> groups, List<Long> households,
            List<Long> hamlets, boolean moves) throws SQLException {
        long group = groups.get(random.nextInt(groups.size()));
        String day = "DATE '" + (2016 + random.nextInt(11)) + "-" + (1 + random.nextInt(12)) + "-"
                + (1 + random.nextInt(28)) + "'";
        long household = households.get(random.nextInt(households.size()));
        String sql = switch (random.nextInt(moves ? 19 : 18)) {
            case 0 -> "INSERT INTO group_membership (household_id, group_id, joined_on, left_on) VALUES ("
                    + households.get(random.nextInt(households.size())) + ", " + group + ", " + day + ", "
                    + day + " + " + random.nextInt(900) + ")";
            case 1 -> "UPDATE group_membership SET left_on = joined_on + " + random.nextInt(400)
                    + " WHERE id IN (SELECT id FROM group_membership WHERE group_id = " + group + " LIMIT 2)";
            case 2 -> "DELETE FROM group_membership WHERE id IN (SELECT id FROM group_membership WHERE group_id = "
                    + group + " ORDER BY random() LIMIT 1)";
            case 3 -> "INSERT INTO group_meeting (group_id, held_on, member_households, recorded_by) VALUES ("
                    + group + ", " + day + ", 3, 'dem') ON CONFLICT DO NOTHING";
            case 4 -> "UPDATE group_meeting SET held_on = held_on + " + (1 + random.nextInt(60))
                    + " WHERE id IN (SELECT id FROM group_meeting WHERE group_id = " + group + " LIMIT 1)";
            case 5 -> "INSERT INTO fund_entry (group_id, kind, entry_on, amount, description, recorded_by)"
                    + " SELECT " + group + ", (ARRAY['CONTRIBUTION', 'SUPPORT', 'EXPENSE'])[1 + n % 3], " + day
                    + " + n * 40, " + (1 + random.nextInt(500_000)) + ", 'Đếm', 'dem' FROM generate_series(1, "
                    + (1 + random.nextInt(3)) + ") n";
            case 6 -> "UPDATE fund_entry SET amount = amount + 1, entry_on = entry_on - " + random.nextInt(90)
                    + " WHERE group_id = " + group;
            case 7 -> "DELETE FROM fund_entry WHERE id IN (SELECT id FROM fund_entry WHERE group_id = " + group
                    + " ORDER BY random() LIMIT 1)";
            case 8 -> "INSERT INTO group_rating (group_id, rating_year, rating, rating_rank, rated_by) VALUES (" + group
                    + ", " + (2016 + random.nextInt(11)) + ", 'Đếm', " + (1 + random.nextInt(4)) + ", 'dem')";
            case 9 -> "UPDATE group_rating SET rating_rank = 1 + mod(rating_rank, 4), rating_year = rating_year + "
                    + random.nextInt(2) + " WHERE group_id = " + group;
            case 10 -> "DELETE FROM group_rating WHERE id IN (SELECT id FROM group_rating WHERE group_id = " + group
                    + " ORDER BY random() LIMIT 1)";
            // Coverage (hamlet_coverage): open memberships, people, groups dissolved and revived, households gone.
            case 11 -> "INSERT INTO group_membership (household_id, group_id, joined_on) VALUES (" + household + ", "
                    + group + ", " + day + ")";
            case 12 -> "UPDATE group_membership SET left_on = NULL WHERE id IN (SELECT id FROM group_membership"
                    + " WHERE group_id = " + group + " ORDER BY random() LIMIT 1)";
            case 13 -> "UPDATE group_membership SET left_on = joined_on + " + random.nextInt(400) + " WHERE group_id = "
                    + group + " AND left_on IS NULL";
            case 14 -> "INSERT INTO person (household_id, position, full_name, relation) SELECT " + household
                    + ", n, 'Người đếm', 'OTHER' FROM generate_series(1, " + (1 + random.nextInt(3)) + ") n";
            case 15 -> "UPDATE person SET household_id = " + households.get(random.nextInt(households.size()))
                    + " WHERE id IN (SELECT id FROM person WHERE household_id = " + household + " LIMIT 1)";
            case 16 -> random.nextBoolean()
                    ? "DELETE FROM person WHERE id IN (SELECT id FROM person WHERE household_id = " + household + " LIMIT 1)"
                    : "DELETE FROM household WHERE id = " + household + " AND random() < 0.3";
            case 17 -> "UPDATE lgtq_group SET status = CASE status WHEN 'ACTIVE' THEN 'DISSOLVED' ELSE 'ACTIVE' END"
                    + " WHERE id = " + group;
            default -> "UPDATE lgtq_group SET hamlet_id = " + hamlets.get(random.nextInt(hamlets.size()))
                    + " WHERE id = " + group;
        };
        try (Statement statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) { // a duplicate, or a household deleted before, changes nothing
            if (!"23505".equals(e.getSQLState()) && !"23503".equals(e.getSQLState())) {
                throw e;
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
