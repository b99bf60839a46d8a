package vn.lgtq.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.lgtq.dashboard.DashboardQueries.Measure;
import vn.lgtq.dashboard.DashboardQueries.Params;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestRegisters;

/**
 * The figures the dashboard reads from running totals per hamlet and month and the live days of the edge months
 * (meetings, members on a day, the fund's amounts and balance, meetings per month of the trend), and the overdue
 * groups, equal a plain count over the province's rows for random periods: starting and ending on any day, within
 * one month, across years, on month and year boundaries.
 */
@QuarkusTest
class DashboardSummaryTest {
    private static final int PERIODS = 60;
    private static final String REACH = "WITH RECURSIVE reach(id) AS (SELECT CAST(? AS bigint) UNION"
            + " SELECT e.to_id FROM unit_scope_edge e JOIN reach r ON e.from_id = r.id)";

    @Inject
    DashboardQueries queries;

    @Inject
    DataSource dataSource;

    @Test
    @ActivateRequestContext
    void summedFiguresEqualAPlainCountForAnyPeriod() throws SQLException {
        long province = Callers.province().get("/api/v1/me").then().extract().jsonPath().getLong("unit.id");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        LocalDate start = LocalDate.of(2016, 1, 1);
        try (Connection c = dataSource.getConnection()) {
            rowsOnRandomDays(c, random, TestRegisters.hamlet("04105", "Bản Đếm Ngày").id());
            for (int i = 0; i < PERIODS; i++) {
                LocalDate from = start.plusDays(random.nextInt(4000));
                if (i % 3 == 0) {
                    from = from.withDayOfMonth(1);
                }
                LocalDate to = from.plusDays(random.nextInt(i % 4 == 0 ? 40 : 1500));
                if (i % 5 == 0) {
                    to = to.withDayOfMonth(to.lengthOfMonth());
                }
                Params params = new Params(from, to, 2, 1);
                long[] summed = QuarkusTransaction.requiringNew()
                        .call(() -> queries.figures(List.of(province), params).get(province));
                long[] counted = count(c, province, from, to);
                String period = from + " to " + to + " (seed " + seed + ")";
                assertEquals(counted[0], summed[Measure.MEETINGS.ordinal()], "meetings " + period);
                assertEquals(counted[1], summed[Measure.MEMBER_HOUSEHOLDS.ordinal()], "members " + period);
                assertEquals(counted[2], summed[Measure.FUND_CONTRIBUTIONS.ordinal()], "contributions " + period);
                assertEquals(counted[3], summed[Measure.FUND_SUPPORT.ordinal()], "support " + period);
                assertEquals(counted[4], summed[Measure.FUND_EXPENSES.ordinal()], "expenses " + period);
                assertEquals(counted[5], summed[Measure.FUND_BALANCE.ordinal()], "balance " + period);
                assertEquals(counted[6], summed[Measure.OVERDUE_GROUPS.ordinal()], "overdue groups " + period);
                assertEquals(counted[7], summed[Measure.GROUPS_RATED.ordinal()], "groups rated " + period);
                assertEquals(counted[8], summed[Measure.GROUPS_RATED_GOOD.ordinal()], "groups rated best " + period);
                Map<String, Long> trend = new TreeMap<>();
                QuarkusTransaction.requiringNew().call(() -> queries.monthly(province, params))
                        .forEach(month -> trend.put((String) month[0], ((Number) month[5]).longValue()));
                assertEquals(meetingsPerMonth(c, province, from, to), trend, "meetings per month " + period);
            }
        }
    }

    /** A group of the test's own hamlet with meetings, members joining and leaving, fund entries and ratings. */
    private static void rowsOnRandomDays(Connection c, Random random, long hamlet) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("SELECT setseed(" + (random.nextDouble() * 2 - 1) + ")"); // the seed reproduces the rows too
            s.execute("""
                    WITH hamlet AS (SELECT CAST(%d AS bigint) AS id),
                    grp AS (INSERT INTO lgtq_group (hamlet_id, number, name, search_name, status)
                            SELECT id, 500 + floor(random() * 1000000)::int, 'Nhóm ngày', 'nhom ngay', 'ACTIVE'
                            FROM hamlet RETURNING id, hamlet_id),
                    day AS (SELECT DATE '2016-01-01' + floor(random() * 4000)::int AS d, n
                            FROM generate_series(1, 400) n),
                    meetings AS (INSERT INTO group_meeting (group_id, held_on, member_households, recorded_by)
                                 SELECT DISTINCT ON (d) grp.id, d, 3, 'ngay' FROM grp, day WHERE n <= 150),
                    households AS (INSERT INTO household (hamlet_id, code, head_name, search_text)
                                   SELECT grp.hamlet_id, 'N-' || left(CAST(gen_random_uuid() AS text), 20), 'Hộ', 'ho'
                                   FROM grp, generate_series(1, 40) RETURNING id),
                    members AS (INSERT INTO group_membership (household_id, group_id, joined_on, left_on)
                                SELECT h.id, grp.id, x.d, CASE WHEN random() < 0.5 THEN x.d + floor(random() * 900)::int END
                                FROM grp, (SELECT id, row_number() OVER () AS n FROM households) h
                                JOIN day x ON x.n = 150 + h.n),
                    ratings AS (INSERT INTO group_rating (group_id, rating_year, rating, rating_rank, rated_by)
                                SELECT grp.id, y, 'Ngày', 1 + floor(random() * 4)::int, 'ngay'
                                FROM grp, generate_series(2016, 2026) y)
                    INSERT INTO fund_entry (group_id, kind, entry_on, amount, description, recorded_by)
                    SELECT grp.id, (ARRAY['CONTRIBUTION', 'SUPPORT', 'EXPENSE'])[1 + mod(n, 3)], d,
                        1 + floor(random() * 900000)::int, 'Ngày', 'ngay'
                    FROM grp, day WHERE n > 250""".formatted(hamlet));
        }
    }

    /** Meetings per month of the period, every month present, counted plainly. */
    private static Map<String, Long> meetingsPerMonth(Connection c, long root, LocalDate from, LocalDate to)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(REACH + """
                SELECT to_char(month, 'YYYY-MM'), (SELECT count(*) FROM group_meeting m JOIN lgtq_group g
                    ON g.id = m.group_id WHERE g.hamlet_id IN (SELECT id FROM reach) AND m.held_on BETWEEN ? AND ?
                    AND date_trunc('month', m.held_on) = month)
                FROM generate_series(date_trunc('month', CAST(? AS date)), CAST(? AS date), interval '1 month') month""")) {
            s.setLong(1, root);
            Object[] values = {from, to, from, to};
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 2, values[i]);
            }
            Map<String, Long> months = new TreeMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    months.put(r.getString(1), r.getLong(2));
                }
            }
            return months;
        }
    }

    /**
     * Meetings, member households on the last day, the fund's amounts by kind and its balance, the groups overdue
     * for a meeting (every two months) on the last day, counted plainly.
     */
    private static long[] count(Connection c, long root, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(REACH + """
                SELECT
                    (SELECT count(*) FROM group_meeting m JOIN lgtq_group g ON g.id = m.group_id
                     WHERE g.hamlet_id IN (SELECT id FROM reach) AND m.held_on BETWEEN ? AND ?),
                    (SELECT count(DISTINCT m.household_id) FROM group_membership m JOIN lgtq_group g ON g.id = m.group_id
                     WHERE g.hamlet_id IN (SELECT id FROM reach) AND m.joined_on <= ?
                        AND (m.left_on IS NULL OR m.left_on > ?)),
                    f.contributions, f.support, f.expenses, f.balance,
                    (SELECT count(*) FROM lgtq_group g
                     LEFT JOIN LATERAL (SELECT max(m.held_on) AS held_on FROM group_meeting m
                        WHERE m.group_id = g.id AND m.held_on <= ?) last ON TRUE
                     WHERE g.hamlet_id IN (SELECT id FROM reach) AND g.status = 'ACTIVE'
                        AND COALESCE(g.founded_on, CAST(g.created_at AS date)) <= ?
                        AND COALESCE(last.held_on, g.founded_on, CAST(g.created_at AS date)) + interval '2 months' < ?),
                    (SELECT count(*) FROM group_rating r JOIN lgtq_group g ON g.id = r.group_id
                     WHERE g.hamlet_id IN (SELECT id FROM reach) AND r.rating_year BETWEEN ? AND ?),
                    (SELECT count(*) FROM group_rating r JOIN lgtq_group g ON g.id = r.group_id
                     WHERE g.hamlet_id IN (SELECT id FROM reach) AND r.rating_year BETWEEN ? AND ? AND r.rating_rank <= 1)
                FROM (SELECT
                        COALESCE(sum(f.amount) FILTER (WHERE f.kind = 'CONTRIBUTION' AND f.entry_on >= ?), 0)
                            AS contributions,
                        COALESCE(sum(f.amount) FILTER (WHERE f.kind = 'SUPPORT' AND f.entry_on >= ?), 0) AS support,
                        COALESCE(sum(f.amount) FILTER (WHERE f.kind = 'EXPENSE' AND f.entry_on >= ?), 0) AS expenses,
                        COALESCE(sum(CASE WHEN f.kind = 'EXPENSE' THEN -f.amount ELSE f.amount END), 0) AS balance
                      FROM fund_entry f JOIN lgtq_group g ON g.id = f.group_id
                      WHERE g.hamlet_id IN (SELECT id FROM reach) AND f.entry_on <= ?) f""")) {
            s.setLong(1, root);
            Object[] values = {from, to, to, to, to, to, to, from.getYear(), to.getYear(), from.getYear(), to.getYear(),
                from, from, from, to};
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 2, values[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long[] counts = new long[9];
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = r.getLong(i + 1);
                }
                return counts;
            }
        }
    }
}
