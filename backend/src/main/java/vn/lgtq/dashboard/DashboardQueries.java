package vn.lgtq.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.lgtq.unit.ScopeFunctions;
import vn.lgtq.unit.UnitTree;

/**
 * The dashboard's SQL. Every figure family reads the units the dashboard reaches (its subtree, the communes of a
 * former district, history through predecessors), passed as one array, grouped by the unit the rows belong to; all
 * families are one statement per period. Each root's figure is then the sum over the units that root reaches, from
 * the unit graph held in memory: a province with its 90 rows of districts and communes is read once, not once per
 * row. Meetings, members and the fund come from running totals per hamlet and month (migration V12).
 */
@RequestScoped
class DashboardQueries {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * The units a statement covers: the binding of :units, one array, unnested once per execution for all the
     * statement's parts. Not {@code = ANY(CAST(:units ...))}: under a generic plan that cast is evaluated again for
     * every row (seconds for a province's 3,300 ids against 18,000 groups).
     */
    private static final String SCOPE = "scope AS MATERIALIZED (SELECT unnest(CAST(:units AS bigint[])) AS id)";

    /**
     * The rows of the scope's units, as a join (the ids are distinct): the planner then sees how many units there
     * are, where against {@code IN (SELECT id FROM scope)} it assumes 200 and probes an index per id (the country's
     * 38,000 ids: 100 ms a family; hashed, 10).
     */
    private static final String JOIN_SCOPE = " JOIN scope ON scope.id = ";

    /** Either column in the scope (the people followed), where a join would count a row twice. */
    private static final String IN_STATEMENT_SCOPE = " IN (SELECT id FROM scope)";
    private static final String VALID_ON_TO = "(u.valid_from IS NULL OR u.valid_from <= :to)"
            + " AND (u.valid_to IS NULL OR u.valid_to >= :to)";

    /** Measures in the order {@link #figures} fills them. */
    enum Measure {
        HAMLETS, HAMLETS_WITH_GROUPS, GROUPS, HOUSEHOLDS, MEMBER_HOUSEHOLDS, TIPS, ARRESTS, MEDIATIONS_RECEIVED,
        MEDIATIONS_CLOSED, MEDIATIONS_RECONCILED, MEDIATIONS_WITHDRAWN, MEETINGS, OVERDUE_GROUPS, PEOPLE_FOLLOWED,
        GROUPS_RATED, GROUPS_RATED_GOOD, HOUSEHOLDS_RATED, CULTURAL_FAMILIES, COMMUNES_ASSESSED, COMMUNES_MET,
        KEY_AREAS, KEY_AREAS_TRANSFORMED, RECOGNITIONS, FUND_CONTRIBUTIONS, FUND_SUPPORT, FUND_EXPENSES, FUND_BALANCE
    }

    /**
     * The families of measures: each selects the unit the rows belong to, then the family's measures in order. A
     * member household counts in its group's hamlet: on one day it is in one group at most, so the hamlets' counts
     * add up to the distinct households of any unit above them.
     */
    private static final List<Family> FAMILIES = List.of(
            // Hamlets with groups: from the groups counted below, in figures().
            new Family("SELECT u.id, 1 FROM unit u" + JOIN_SCOPE + "u.id WHERE u.level = 'HAMLET' AND " + VALID_ON_TO,
                    Measure.HAMLETS),
            new Family("SELECT g.hamlet_id, count(*) FROM scope_group g WHERE g.active GROUP BY 1", Measure.GROUPS),
            // Kept exact per hamlet by triggers (migration V10): no count over 300,000 rows.
            new Family("SELECT c.hamlet_id, c.row_count FROM hamlet_row_count c" + JOIN_SCOPE + "c.hamlet_id"
                    + " WHERE c.list = 'household'", Measure.HOUSEHOLDS),
            // Meetings, members on the last day and the fund: running totals per month (migrations V12, V16) of whole
            // communes and of the hamlets reached without their commune, at the day before the period and at its
            // last day, each the unit's last month before that day's month plus the days of that month up to it,
            // counted live per hamlet. A household is in one group at a time, so open memberships are member
            // households.
            new Family("WITH kept AS (" + kept("loose_hamlet", "hamlet_month", "hamlet_id") + "\nUNION ALL\n"
                    + kept("commune", "commune_month", "commune_id") + """
                    ),
                    live AS (
                    {edge days}
                    )
                    SELECT hamlet_id, sum(meetings), sum(members), sum(contributions), sum(support), sum(expenses),
                        sum(balance)
                    FROM (SELECT * FROM kept UNION ALL SELECT * FROM live) x GROUP BY 1""",
                    Measure.MEETINGS, Measure.MEMBER_HOUSEHOLDS, Measure.FUND_CONTRIBUTIONS, Measure.FUND_SUPPORT,
                    Measure.FUND_EXPENSES, Measure.FUND_BALANCE),
            new Family("""
                    SELECT x.hamlet_id, count(*), COALESCE(sum(x.arrests_or_cases), 0) FROM tip x%sx.hamlet_id
                    WHERE x.created_at >= :fromInstant AND x.created_at < :afterInstant
                    GROUP BY 1""".formatted(JOIN_SCOPE), Measure.TIPS, Measure.ARRESTS),
            new Family("""
                    SELECT c.hamlet_id,
                        count(*) FILTER (WHERE c.received_on BETWEEN :from AND :to),
                        count(*) FILTER (WHERE c.closed_on BETWEEN :from AND :to),
                        count(*) FILTER (WHERE c.closed_on BETWEEN :from AND :to AND c.outcome = 'RECONCILED'),
                        count(*) FILTER (WHERE c.closed_on BETWEEN :from AND :to AND c.outcome = 'WITHDRAWN')
                    FROM mediation_case c%sc.hamlet_id
                    WHERE c.received_on BETWEEN :from AND :to OR c.closed_on BETWEEN :from AND :to
                    GROUP BY 1""".formatted(JOIN_SCOPE), Measure.MEDIATIONS_RECEIVED, Measure.MEDIATIONS_CLOSED,
                    Measure.MEDIATIONS_RECONCILED, Measure.MEDIATIONS_WITHDRAWN),
            // Overdue on the last day: active, and the last meeting (or, with none, the founding) before :recent,
            // the first day from which the interval reaches the last day; met since then is an index range.
            new Family("""
                    SELECT g.hamlet_id, count(*) FROM scope_group g
                    WHERE g.active
                        AND NOT EXISTS (SELECT 1 FROM group_meeting m WHERE m.group_id = g.id
                            AND m.held_on BETWEEN :recent AND :to)
                        AND (g.started_on < :recent
                            OR EXISTS (SELECT 1 FROM group_meeting m WHERE m.group_id = g.id AND m.held_on < :recent))
                    GROUP BY 1""", Measure.OVERDUE_GROUPS),
            // Kept exact per hamlet, year and rank by triggers (migration V13): no join of ten years of ratings.
            new Family("""
                    SELECT c.hamlet_id, sum(c.groups), COALESCE(sum(c.groups) FILTER (WHERE c.rating_rank <= :goodLevels), 0)
                    FROM hamlet_group_rating_year c%sc.hamlet_id
                    WHERE c.rating_year BETWEEN :fromYear AND :toYear GROUP BY 1"""
                    .formatted(JOIN_SCOPE), Measure.GROUPS_RATED, Measure.GROUPS_RATED_GOOD),
            // Kept exact per hamlet and year by triggers (migration V11): no count over 3 million ratings.
            new Family("""
                    SELECT c.hamlet_id, sum(c.households_rated), sum(c.cultural_families)
                    FROM hamlet_cultural_year c%sc.hamlet_id
                    WHERE c.rating_year BETWEEN :fromYear AND :toYear GROUP BY 1"""
                    .formatted(JOIN_SCOPE), Measure.HOUSEHOLDS_RATED, Measure.CULTURAL_FAMILIES),
            new Family("""
                    SELECT s.commune_id, count(*), count(*) FILTER (WHERE s.met)
                    FROM commune_safety_standard s%ss.commune_id
                    WHERE s.assessment_year BETWEEN :fromYear AND :toYear GROUP BY 1""".formatted(JOIN_SCOPE),
                    Measure.COMMUNES_ASSESSED, Measure.COMMUNES_MET),
            new Family("""
                    SELECT k.unit_id, count(*), count(*) FILTER (WHERE k.transformed_on <= :to)
                    FROM key_area k%sk.unit_id WHERE k.listed_on <= :to GROUP BY 1""".formatted(JOIN_SCOPE),
                    Measure.KEY_AREAS, Measure.KEY_AREAS_TRANSFORMED),
            new Family("""
                    SELECT r.unit_id, count(*) FROM recognition r%sr.unit_id
                    WHERE r.recognition_year BETWEEN :fromYear AND :toYear GROUP BY 1""".formatted(JOIN_SCOPE),
                    Measure.RECOGNITIONS));

    /**
     * The kept part of the meetings, members and fund of the units in a CTE (loose hamlets, whole communes), from
     * their table of running totals by month.
     */
    private static String kept(String units, String table, String unitColumn) {
        return """
                SELECT k.id AS hamlet_id, e.meetings_through - COALESCE(b.meetings_through, 0) AS meetings,
                    e.members_through AS members,
                    e.contributions_through - COALESCE(b.contributions_through, 0) AS contributions,
                    e.support_through - COALESCE(b.support_through, 0) AS support,
                    e.expenses_through - COALESCE(b.expenses_through, 0) AS expenses,
                    e.contributions_through + e.support_through - e.expenses_through AS balance
                FROM %1$s k
                JOIN LATERAL (SELECT * FROM %2$s s WHERE s.%3$s = k.id AND s.month < :toMonth
                    ORDER BY s.month DESC LIMIT 1) e ON TRUE
                LEFT JOIN LATERAL (SELECT * FROM %2$s s WHERE s.%3$s = k.id
                    AND s.month < :beforeMonth ORDER BY s.month DESC LIMIT 1) b ON TRUE""".formatted(units, table,
                unitColumn);
    }

    /**
     * The days of the period's partial edge months, as changes to the running totals: rows of (unit, meetings,
     * members, contributions, support, expenses, balance); %1$s is the unit selected, %2$s the join that finds it.
     */
    private static final String EDGE_DAYS = """
            SELECT %1$s, 1 AS meetings, 0 AS members, 0 AS contributions, 0 AS support, 0 AS expenses, 0 AS balance
            FROM group_meeting m%2$s WHERE m.held_on BETWEEN :toMonth AND :to
            UNION ALL SELECT %1$s, -1, 0, 0, 0, 0, 0
            FROM group_meeting m%2$s WHERE m.held_on BETWEEN :beforeMonth AND :before
            UNION ALL SELECT %1$s, 0, 1, 0, 0, 0, 0
            FROM group_membership m%2$s WHERE m.joined_on BETWEEN :toMonth AND :to
            UNION ALL SELECT %1$s, 0, -1, 0, 0, 0, 0
            FROM group_membership m%2$s WHERE m.left_on BETWEEN :toMonth AND :to
            UNION ALL SELECT %1$s, 0, 0,
                CASE WHEN m.kind = 'CONTRIBUTION' THEN m.amount ELSE 0 END,
                CASE WHEN m.kind = 'SUPPORT' THEN m.amount ELSE 0 END,
                CASE WHEN m.kind = 'EXPENSE' THEN m.amount ELSE 0 END,
                CASE WHEN m.kind = 'EXPENSE' THEN -m.amount ELSE m.amount END
            FROM fund_entry m%2$s WHERE m.entry_on BETWEEN :toMonth AND :to
            UNION ALL SELECT %1$s, 0, 0,
                CASE WHEN m.kind = 'CONTRIBUTION' THEN -m.amount ELSE 0 END,
                CASE WHEN m.kind = 'SUPPORT' THEN -m.amount ELSE 0 END,
                CASE WHEN m.kind = 'EXPENSE' THEN -m.amount ELSE 0 END, 0
            FROM fund_entry m%2$s WHERE m.entry_on BETWEEN :beforeMonth AND :before""";

    /** A few units: each branch joins their few groups, which probe the (group, day) indexes. */
    private static final String EDGE_DAYS_OF_FEW_UNITS = EDGE_DAYS.formatted("g.hamlet_id",
            " JOIN scope_group g ON g.id = m.group_id");

    /**
     * A wide scope: the days' rows read once and the scope's groups hashed once against them all (hashed per
     * branch, the country's 143,000 groups six times took 400 ms).
     */
    private static final String EDGE_DAYS_OF_MANY_UNITS = "SELECT g.hamlet_id, d.meetings, d.members, d.contributions,"
            + " d.support, d.expenses, d.balance FROM (" + EDGE_DAYS.formatted("m.group_id", "")
            + ") d JOIN scope_group g ON g.id = d.group_id";

    /**
     * People followed: a case belongs to a hamlet, a commune, or both; it counts once for a root that reaches
     * either. Grouped by the pair, so the sum per root can ask for either.
     */
    private static final String PEOPLE_FOLLOWED = """
            SELECT c.hamlet_id, c.commune_id, count(*) FROM reintegration_case c
            WHERE (c.hamlet_id%1$s OR c.commune_id%1$s)
                AND c.started_on <= :to AND (c.status = 'ACTIVE' OR c.status_since >= :from)
            GROUP BY 1, 2""".formatted(IN_STATEMENT_SCOPE);

    /**
     * The same for a few units (a hamlet, a commune): the two columns against the array itself are two index ranges,
     * where the OR of two subqueries reads every case of the country. Not for wide scopes: against thousands of ids
     * the array costs seconds (measured: a province's dashboard 0.4 → 2.9 s on eight provinces of data).
     */
    private static final String PEOPLE_FOLLOWED_FEW = """
            SELECT c.hamlet_id, c.commune_id, count(*) FROM reintegration_case c
            WHERE (c.hamlet_id = ANY(CAST(:units AS bigint[])) OR c.commune_id = ANY(CAST(:units AS bigint[])))
                AND c.started_on <= :to AND (c.status = 'ACTIVE' OR c.status_since >= :from)
            GROUP BY 1, 2""";

    /** At most this many units read the people followed by {@link #PEOPLE_FOLLOWED_FEW}. */
    private static final int FEW_UNITS = 200;

    private record Family(String sql, Measure... measures) {
    }

    /** The parameters each statement names, found once per statement instead of searched on every request. */
    private static final Map<String, Set<String>> PARAMETERS = new ConcurrentHashMap<>();

    /** Where the meetings' family reads the edge days: see {@link #EDGE_DAYS}. */
    private static final String EDGE_DAYS_MARK = "{edge days}";

    /** The most measures a family has: the width of the statement that reads them all. */
    private static final int WIDTH = 6;

    /**
     * Every family and the people followed in one statement, one round trip: each row is the family's index, the
     * unit, and its measures padded to {@link #WIDTH}; the people followed (index {@code FAMILIES.size()}) are the
     * hamlet, the commune and the count.
     */
    private static final String FIGURES = figuresStatement(PEOPLE_FOLLOWED, EDGE_DAYS_OF_MANY_UNITS);
    private static final String FIGURES_OF_FEW_UNITS = figuresStatement(PEOPLE_FOLLOWED_FEW, EDGE_DAYS_OF_FEW_UNITS);

    private static String figuresStatement(String peopleFollowed, String edgeDays) {
        StringJoiner union = new StringJoiner("\nUNION ALL\n");
        for (int index = 0; index < FAMILIES.size(); index++) {
            int width = FAMILIES.get(index).measures().length;
            StringJoiner names = new StringJoiner(", ", "f(", ")").add("unit");
            StringJoiner values = new StringJoiner(", ");
            for (int i = 1; i <= WIDTH; i++) {
                if (i <= width) {
                    names.add("v" + i);
                }
                values.add(i <= width ? "CAST(f.v" + i + " AS bigint)" : "0");
            }
            union.add("SELECT " + index + ", f.unit, " + values + " FROM ("
                    + FAMILIES.get(index).sql().replace(EDGE_DAYS_MARK, edgeDays) + ") " + names);
        }
        union.add("SELECT " + FAMILIES.size() + ", p.hamlet_id, p.commune_id, p.n, 0, 0, 0, 0 FROM ("
                + peopleFollowed + ") p(hamlet_id, commune_id, n)");
        // The running totals are probed per hamlet: the country reaches 23,000 units of which 9,000 are hamlets.
        // The groups of those hamlets are read once for the three families that count or join them.
        return "WITH " + SCOPE + ",\n"
                + "hamlet AS MATERIALIZED (SELECT unnest(CAST(:hamlets AS bigint[])) AS id),\n"
                + "loose_hamlet AS MATERIALIZED (SELECT unnest(CAST(:looseHamlets AS bigint[])) AS id),\n"
                + "commune AS MATERIALIZED (SELECT unnest(CAST(:communes AS bigint[])) AS id),\n"
                + "scope_group AS MATERIALIZED (SELECT g.id, g.hamlet_id,"
                + " COALESCE(g.founded_on, CAST(g.created_at AS date)) AS started_on,"
                + " g.status = 'ACTIVE' AND COALESCE(g.founded_on, CAST(g.created_at AS date)) <= :to AS active"
                + " FROM lgtq_group g JOIN hamlet ON hamlet.id = g.hamlet_id)\n" + union;
    }

    /** The parameters every query may use. */
    record Params(LocalDate from, LocalDate to, int meetingIntervalMonths, int goodOrBetterLevels) {
        /** The day before the period. */
        LocalDate before() {
            return from.minusDays(1);
        }

        /** The first of the month of the day before the period, unless that day ends its month: then the period's. */
        LocalDate beforeMonth() {
            return from.withDayOfMonth(1);
        }

        /** The first of the last day's month, unless the last day ends its month: then the next month's. */
        LocalDate toMonth() {
            return to.plusDays(1).withDayOfMonth(1);
        }

        /** The first of the period's first whole month. */
        LocalDate wholeFrom() {
            return from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        }

        /**
         * The first day from which the meeting interval reaches the last day: a group whose last meeting is before
         * it is overdue. Months are added as PostgreSQL does (31 January + 1 month is the end of February).
         */
        LocalDate recent() {
            LocalDate day = to.minusMonths(meetingIntervalMonths);
            while (!day.minusDays(1).plusMonths(meetingIntervalMonths).isBefore(to)) {
                day = day.minusDays(1);
            }
            while (day.plusMonths(meetingIntervalMonths).isBefore(to)) {
                day = day.plusDays(1);
            }
            return day;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    UnitTree tree;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The unit graph of this request, read once. */
    private UnitTree.Graph graph;

    /** The transactions of this request whose statements are planned for their own units (see below). */
    private final Set<Object> customPlans = ConcurrentHashMap.newKeySet();

    /** Each root's measures, zero where nothing was found. */
    Map<Long, long[]> figures(Collection<Long> roots, Params params) {
        Set<Long> units = reachOf(roots).units();
        Map<Long, long[]> perUnit = new HashMap<>();
        List<Object[]> followed = new ArrayList<>();
        for (Object[] row : rows(units.size() <= FEW_UNITS ? FIGURES_OF_FEW_UNITS : FIGURES, roots, params)) {
            int index = ((Number) row[0]).intValue();
            if (index == FAMILIES.size()) {
                followed.add(row);
                continue;
            }
            Measure[] measures = FAMILIES.get(index).measures();
            long[] values = perUnit.computeIfAbsent(((Number) row[1]).longValue(),
                    id -> new long[Measure.values().length]);
            for (int i = 0; i < measures.length; i++) {
                values[measures[i].ordinal()] += ((Number) row[i + 2]).longValue();
            }
        }
        for (long[] values : perUnit.values()) {
            boolean hasGroups = values[Measure.HAMLETS.ordinal()] > 0 && values[Measure.GROUPS.ordinal()] > 0;
            values[Measure.HAMLETS_WITH_GROUPS.ordinal()] = hasGroups ? 1 : 0;
        }
        // The people followed, as columns: hamlet and commune (-1 for none) and the count.
        long[] followedHamlet = new long[followed.size()];
        long[] followedCommune = new long[followed.size()];
        long[] followedCount = new long[followed.size()];
        for (int i = 0; i < followed.size(); i++) {
            Object[] row = followed.get(i);
            followedHamlet[i] = row[1] == null ? -1 : ((Number) row[1]).longValue();
            followedCommune[i] = row[2] == null ? -1 : ((Number) row[2]).longValue();
            followedCount[i] = ((Number) row[3]).longValue();
        }
        Map<Long, long[]> byRoot = new HashMap<>();
        for (Long root : roots) {
            Set<Long> reached = graph().reachableFrom(root);
            // Unit ids are small and dense: a bit per id answers "reached?" for every case of the country (5,000
            // cases times 90 roots of the national dashboard) without hashing boxed ids.
            BitSet reachedIds = new BitSet();
            long[] sum = new long[Measure.values().length];
            for (Long unit : reached) {
                reachedIds.set(Math.toIntExact(unit));
                long[] values = perUnit.get(unit);
                for (int i = 0; values != null && i < sum.length; i++) {
                    sum[i] += values[i];
                }
            }
            for (int i = 0; i < followedCount.length; i++) {
                if (followedHamlet[i] >= 0 && reachedIds.get(Math.toIntExact(followedHamlet[i]))
                        || followedCommune[i] >= 0 && reachedIds.get(Math.toIntExact(followedCommune[i]))) {
                    sum[Measure.PEOPLE_FOLLOWED.ordinal()] += followedCount[i];
                }
            }
            byRoot.put(root, sum);
        }
        return byRoot;
    }

    /**
     * The period's tips under the root per category, status and outcome, and its mediation cases closed per outcome:
     * each keyed by the breakdown ("category", "status", "outcome", "mediation") then the value.
     */
    Map<String, Map<String, Long>> breakdowns(long root, Params params) {
        String sql = Stream.of("category", "status", "outcome")
                .map(column -> "SELECT '" + column + "', CAST(x." + column + " AS text), count(*) FROM tips x WHERE x."
                        + column + " IS NOT NULL GROUP BY 2")
                .collect(Collectors.joining(" UNION ALL ", "WITH " + SCOPE + ",\n"
                        + "tips AS MATERIALIZED (SELECT x.category, x.status, x.outcome FROM tip x" + JOIN_SCOPE
                        + "x.hamlet_id WHERE x.created_at >= :fromInstant AND x.created_at < :afterInstant)\n",
                        " UNION ALL SELECT 'mediation', c.outcome, count(*) FROM mediation_case c" + JOIN_SCOPE
                        + "c.hamlet_id WHERE c.closed_on BETWEEN :from AND :to GROUP BY 2"));
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (Object[] row : rows(sql, List.of(root), params)) {
            counts.computeIfAbsent((String) row[0], key -> new LinkedHashMap<>())
                    .put(String.valueOf(row[1]), ((Number) row[2]).longValue());
        }
        return counts;
    }

    /**
     * Per month of the period: tips, arrests, mediations closed and reconciled, meetings (whole months from
     * commune_month and hamlet_month, the partial first and last months live).
     */
    List<Object[]> monthly(long root, Params params) {
        return rows("""
                WITH %2$s,
                month AS (
                    SELECT to_char(m, 'YYYY-MM') AS month
                    FROM generate_series(date_trunc('month', CAST(:from AS date)), CAST(:to AS date),
                        interval '1 month') m
                ),
                tips AS (
                    SELECT to_char(x.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month, count(*) AS n,
                        sum(x.arrests_or_cases) AS arrests
                    FROM tip x%1$sx.hamlet_id
                    WHERE x.created_at >= :fromInstant AND x.created_at < :afterInstant
                    GROUP BY 1
                ),
                mediations AS (
                    SELECT to_char(c.closed_on, 'YYYY-MM') AS month, count(*) AS n,
                        count(*) FILTER (WHERE c.outcome = 'RECONCILED') AS reconciled
                    FROM mediation_case c%1$sc.hamlet_id WHERE c.closed_on BETWEEN :from AND :to GROUP BY 1
                ),
                meetings AS (
                    SELECT to_char(x.month, 'YYYY-MM') AS month, sum(x.n) AS n FROM (
                        SELECT s.month, sum(s.meetings) AS n FROM hamlet_month s
                        WHERE s.hamlet_id IN (SELECT unnest(CAST(:looseHamlets AS bigint[])))
                            AND s.month >= :wholeFrom AND s.month < :toMonth GROUP BY 1
                        UNION ALL SELECT s.month, sum(s.meetings) AS n FROM commune_month s
                        WHERE s.commune_id IN (SELECT unnest(CAST(:communes AS bigint[])))
                            AND s.month >= :wholeFrom AND s.month < :toMonth GROUP BY 1
                        UNION ALL SELECT CAST(date_trunc('month', m.held_on) AS date), count(*) FROM (
                            -- the partial first month, then the partial last one unless it is the same: two index
                            -- ranges (as one OR, a bitmap of the country's days that spilled to rechecking pages)
                            SELECT m.held_on, m.group_id FROM group_meeting m
                            WHERE m.held_on >= :from AND m.held_on < :wholeFrom AND m.held_on <= :to
                            UNION ALL SELECT m.held_on, m.group_id FROM group_meeting m
                            WHERE m.held_on >= :toMonth AND m.held_on >= :wholeFrom AND m.held_on >= :from
                                AND m.held_on <= :to
                        ) m JOIN lgtq_group g ON g.id = m.group_id%1$sg.hamlet_id GROUP BY 1
                    ) x GROUP BY 1
                )
                SELECT month.month, COALESCE(tips.n, 0), COALESCE(tips.arrests, 0), COALESCE(mediations.n, 0),
                    COALESCE(mediations.reconciled, 0), COALESCE(meetings.n, 0)
                FROM month LEFT JOIN tips USING (month) LEFT JOIN mediations USING (month)
                LEFT JOIN meetings USING (month)
                ORDER BY 1""".formatted(JOIN_SCOPE, SCOPE), List.of(root), params);
    }

    /** Per year the period touches: ratings, cultural families, safety standard decisions, recognitions. */
    List<Object[]> yearly(long root, Params params) {
        return rows("""
                WITH %2$s,
                year AS (SELECT generate_series(:fromYear, :toYear) AS year),
                groups AS (
                    SELECT c.rating_year AS year, sum(c.groups) AS n,
                        sum(c.groups) FILTER (WHERE c.rating_rank <= :goodLevels) AS good
                    FROM hamlet_group_rating_year c%1$sc.hamlet_id
                    WHERE c.rating_year BETWEEN :fromYear AND :toYear GROUP BY 1
                ),
                families AS (
                    SELECT c.rating_year AS year, sum(c.households_rated) AS n, sum(c.cultural_families) AS good
                    FROM hamlet_cultural_year c%1$sc.hamlet_id
                    WHERE c.rating_year BETWEEN :fromYear AND :toYear GROUP BY 1
                ),
                communes AS (
                    SELECT s.assessment_year AS year, count(*) AS n, count(*) FILTER (WHERE s.met) AS good
                    FROM commune_safety_standard s%1$ss.commune_id
                    WHERE s.assessment_year BETWEEN :fromYear AND :toYear GROUP BY 1
                ),
                recognitions AS (
                    SELECT r.recognition_year AS year, count(*) AS n FROM recognition r%1$sr.unit_id
                    WHERE r.recognition_year BETWEEN :fromYear AND :toYear GROUP BY 1
                )
                SELECT year.year, COALESCE(groups.n, 0), COALESCE(groups.good, 0), COALESCE(families.n, 0),
                    COALESCE(families.good, 0), COALESCE(communes.n, 0), COALESCE(communes.good, 0),
                    COALESCE(recognitions.n, 0)
                FROM year LEFT JOIN groups USING (year) LEFT JOIN families USING (year)
                LEFT JOIN communes USING (year) LEFT JOIN recognitions USING (year)
                ORDER BY 1""".formatted(JOIN_SCOPE, SCOPE), List.of(root), params);
    }

    /**
     * Plans every statement for its own units and dates, once per transaction. A plan cached after five runs is made
     * for no units in particular: for a province's 3,300 ids it unnests the array again for every row (a 300-row
     * table read in 70 ms instead of 0.3 ms). Only for wide scopes: a commune's or a hamlet's statements keep the
     * plan cached for a few units, as planning the statement of every family took 4 ms of the 13 its figures cost.
     */
    private void planForTheUnits() {
        if (customPlans.add(transactions.getTransactionKey())) {
            ScopeFunctions.planForTheIds(em);
        }
    }

    private synchronized UnitTree.Graph graph() {
        if (graph == null) {
            graph = tree.current();
        }
        return graph;
    }

    /** Every unit some root reaches. */
    private Set<Long> reach(Collection<Long> roots) {
        Set<Long> units = new HashSet<>();
        roots.forEach(root -> units.addAll(graph().reachableFrom(root)));
        return units;
    }

    /**
     * The units the roots reach, by kind: their hamlets, the communes whose running totals stand for all their
     * hamlets (for every root, reaching one of its hamlets means reaching the commune, hence all of them), and the
     * hamlets reached without their commune.
     */
    private record Reach(Set<Long> units, List<Long> hamlets, Set<Long> wholeCommunes, List<Long> looseHamlets) {
    }

    /** The reach of each set of roots this request asked about (the two periods ask about the same). */
    private final Map<List<Long>, Reach> reaches = new ConcurrentHashMap<>();

    private Reach reachOf(Collection<Long> roots) {
        return reaches.computeIfAbsent(List.copyOf(roots), key -> {
            UnitTree.Graph graph = graph();
            Set<Long> units = reach(key);
            List<Long> hamlets = units.stream().filter(graph::isHamlet).toList();
            Set<Long> wholeCommunes = new HashSet<>();
            hamlets.forEach(hamlet -> wholeCommunes.add(graph.parentOf(hamlet)));
            wholeCommunes.remove(null);
            for (Long root : key) {
                Set<Long> reached = graph.reachableFrom(root);
                for (Long unit : reached) {
                    Long parent = graph.parentOf(unit);
                    if (graph.isHamlet(unit) && !reached.contains(parent)) {
                        wholeCommunes.remove(parent);
                    }
                }
            }
            List<Long> looseHamlets = hamlets.stream()
                    .filter(hamlet -> !wholeCommunes.contains(graph.parentOf(hamlet))).toList();
            return new Reach(units, hamlets, wholeCommunes, looseHamlets);
        });
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<Long> roots, Params params) {
        Reach reach = reachOf(roots);
        if (reach.units().size() > FEW_UNITS) {
            planForTheUnits();
        }
        Query query = em.createNativeQuery(sql).setParameter("units", ScopeFunctions.arrayText(reach.units()));
        bindIds(query, sql, "hamlets", reach.hamlets());
        bindIds(query, sql, "communes", reach.wholeCommunes());
        bindIds(query, sql, "looseHamlets", reach.looseHamlets());
        bind(query, sql, "from", params.from());
        bind(query, sql, "to", params.to());
        bind(query, sql, "fromInstant", params.from().atStartOfDay(VIETNAM).toOffsetDateTime());
        bind(query, sql, "afterInstant", params.to().plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime());
        bind(query, sql, "fromYear", params.from().getYear());
        bind(query, sql, "toYear", params.to().getYear());
        bind(query, sql, "before", params.before());
        bind(query, sql, "beforeMonth", params.beforeMonth());
        bind(query, sql, "toMonth", params.toMonth());
        bind(query, sql, "wholeFrom", params.wholeFrom());
        bind(query, sql, "recent", params.recent());
        bind(query, sql, "goodLevels", params.goodOrBetterLevels());
        return query.getResultList();
    }

    /** Binds a parameter only where the SQL names it. */
    private static void bind(Query query, String sql, String name, Object value) {
        if (PARAMETERS.computeIfAbsent(sql, DashboardQueries::parameters).contains(name)) {
            query.setParameter(name, value);
        }
    }

    /** Binds ids as one array, written out only where the SQL names it (the country's are 24,000 hamlets). */
    private static void bindIds(Query query, String sql, String name, Collection<Long> ids) {
        if (PARAMETERS.computeIfAbsent(sql, DashboardQueries::parameters).contains(name)) {
            query.setParameter(name, ScopeFunctions.arrayText(ids));
        }
    }

    private static Set<String> parameters(String sql) {
        return Pattern.compile(":([A-Za-z]+)").matcher(sql).results().map(m -> m.group(1))
                .collect(Collectors.toUnmodifiableSet());
    }
}
