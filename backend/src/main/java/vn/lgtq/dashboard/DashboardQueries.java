package vn.lgtq.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.lgtq.unit.ScopeFunctions;
import vn.lgtq.unit.UnitTree;

/**
 * The dashboard's SQL. Every figure family is one statement over the units the dashboard reaches (its subtree, the
 * communes of a former district, history through predecessors), passed as one array and grouped by the unit the
 * rows belong to; each root's figure is then the sum over the units that root reaches, from the unit graph held in
 * memory. A province with its 90 rows of districts and communes is read once, not once per row.
 */
@RequestScoped
class DashboardQueries {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * The units a statement covers: the binding of :units, one array. Unnested once per execution and joined, not
     * {@code = ANY(CAST(:units ...))}: under a generic plan that cast is evaluated again for every row (seconds for a
     * province's 3,300 ids against 18,000 groups).
     */
    static final String IN_SCOPE = " IN (SELECT unnest(CAST(:units AS bigint[])))";
    private static final String VALID_ON_TO = "(u.valid_from IS NULL OR u.valid_from <= :to)"
            + " AND (u.valid_to IS NULL OR u.valid_to >= :to)";
    private static final String GROUP_ACTIVE_ON_TO = "g.status = 'ACTIVE'"
            + " AND COALESCE(g.founded_on, CAST(g.created_at AS date)) <= :to";

    /** Measures in the order {@link #figures} fills them. */
    enum Measure {
        HAMLETS, HAMLETS_WITH_GROUPS, GROUPS, HOUSEHOLDS, MEMBER_HOUSEHOLDS, TIPS, ARRESTS, MEDIATIONS_RECEIVED,
        MEDIATIONS_CLOSED, MEDIATIONS_RECONCILED, MEDIATIONS_WITHDRAWN, MEETINGS, OVERDUE_GROUPS, PEOPLE_FOLLOWED,
        GROUPS_RATED, GROUPS_RATED_GOOD, HOUSEHOLDS_RATED, CULTURAL_FAMILIES, COMMUNES_ASSESSED, COMMUNES_MET,
        KEY_AREAS, KEY_AREAS_TRANSFORMED, RECOGNITIONS, FUND_CONTRIBUTIONS, FUND_SUPPORT, FUND_EXPENSES, FUND_BALANCE
    }

    /**
     * One statement per family of measures: the unit the rows belong to, then the family's measures in order. A
     * member household counts in its group's hamlet: on one day it is in one group at most, so the hamlets' counts
     * add up to the distinct households of any unit above them.
     */
    private static final List<Family> FAMILIES = List.of(
            new Family("""
                    SELECT u.id, 1, CASE WHEN EXISTS (SELECT 1 FROM lgtq_group g WHERE g.hamlet_id = u.id AND %s)
                        THEN 1 ELSE 0 END
                    FROM unit u WHERE u.id%s AND u.level = 'HAMLET' AND %s""".formatted(GROUP_ACTIVE_ON_TO, IN_SCOPE,
                    VALID_ON_TO), Measure.HAMLETS, Measure.HAMLETS_WITH_GROUPS),
            new Family("SELECT g.hamlet_id, count(*) FROM lgtq_group g WHERE g.hamlet_id" + IN_SCOPE + " AND "
                    + GROUP_ACTIVE_ON_TO + " GROUP BY 1", Measure.GROUPS),
            // Kept exact per hamlet by triggers (migration V10): no count over 300,000 rows.
            new Family("SELECT c.hamlet_id, c.row_count FROM hamlet_row_count c WHERE c.list = 'household'"
                    + " AND c.hamlet_id" + IN_SCOPE, Measure.HOUSEHOLDS),
            new Family("""
                    SELECT g.hamlet_id, count(DISTINCT m.household_id)
                    FROM lgtq_group g JOIN group_membership m ON m.group_id = g.id
                    WHERE g.hamlet_id%s AND m.joined_on <= :to AND (m.left_on IS NULL OR m.left_on > :to)
                    GROUP BY 1""".formatted(IN_SCOPE), Measure.MEMBER_HOUSEHOLDS),
            new Family("""
                    SELECT x.hamlet_id, count(*), COALESCE(sum(x.arrests_or_cases), 0) FROM tip x
                    WHERE x.hamlet_id%s AND x.created_at >= :fromInstant AND x.created_at < :afterInstant
                    GROUP BY 1""".formatted(IN_SCOPE), Measure.TIPS, Measure.ARRESTS),
            new Family("""
                    SELECT c.hamlet_id,
                        count(*) FILTER (WHERE c.received_on BETWEEN :from AND :to),
                        count(*) FILTER (WHERE c.closed_on BETWEEN :from AND :to),
                        count(*) FILTER (WHERE c.closed_on BETWEEN :from AND :to AND c.outcome = 'RECONCILED'),
                        count(*) FILTER (WHERE c.closed_on BETWEEN :from AND :to AND c.outcome = 'WITHDRAWN')
                    FROM mediation_case c WHERE c.hamlet_id%s
                        AND (c.received_on BETWEEN :from AND :to OR c.closed_on BETWEEN :from AND :to)
                    GROUP BY 1""".formatted(IN_SCOPE), Measure.MEDIATIONS_RECEIVED, Measure.MEDIATIONS_CLOSED,
                    Measure.MEDIATIONS_RECONCILED, Measure.MEDIATIONS_WITHDRAWN),
            new Family("""
                    SELECT g.hamlet_id, count(*) FROM lgtq_group g JOIN group_meeting m ON m.group_id = g.id
                    WHERE g.hamlet_id%s AND m.held_on BETWEEN :from AND :to GROUP BY 1""".formatted(IN_SCOPE),
                    Measure.MEETINGS),
            new Family("""
                    SELECT g.hamlet_id, count(*)
                    FROM lgtq_group g
                    LEFT JOIN LATERAL (SELECT max(m.held_on) AS held_on FROM group_meeting m
                        WHERE m.group_id = g.id AND m.held_on <= :to) last ON TRUE
                    WHERE g.hamlet_id%s AND %s AND COALESCE(last.held_on, g.founded_on, CAST(g.created_at AS date))
                        + make_interval(months => :months) < :to
                    GROUP BY 1""".formatted(IN_SCOPE, GROUP_ACTIVE_ON_TO), Measure.OVERDUE_GROUPS),
            new Family("""
                    SELECT g.hamlet_id, count(*), count(*) FILTER (WHERE r.rating_rank <= :goodLevels)
                    FROM lgtq_group g JOIN group_rating r ON r.group_id = g.id
                    WHERE g.hamlet_id%s AND r.rating_year BETWEEN :fromYear AND :toYear GROUP BY 1"""
                    .formatted(IN_SCOPE), Measure.GROUPS_RATED, Measure.GROUPS_RATED_GOOD),
            // Kept exact per hamlet and year by triggers (migration V11): no count over 3 million ratings.
            new Family("""
                    SELECT c.hamlet_id, sum(c.households_rated), sum(c.cultural_families)
                    FROM hamlet_cultural_year c
                    WHERE c.hamlet_id%s AND c.rating_year BETWEEN :fromYear AND :toYear GROUP BY 1"""
                    .formatted(IN_SCOPE), Measure.HOUSEHOLDS_RATED, Measure.CULTURAL_FAMILIES),
            new Family("""
                    SELECT s.commune_id, count(*), count(*) FILTER (WHERE s.met) FROM commune_safety_standard s
                    WHERE s.commune_id%s AND s.assessment_year BETWEEN :fromYear AND :toYear GROUP BY 1"""
                    .formatted(IN_SCOPE), Measure.COMMUNES_ASSESSED, Measure.COMMUNES_MET),
            new Family("""
                    SELECT k.unit_id, count(*), count(*) FILTER (WHERE k.transformed_on <= :to) FROM key_area k
                    WHERE k.unit_id%s AND k.listed_on <= :to GROUP BY 1""".formatted(IN_SCOPE),
                    Measure.KEY_AREAS, Measure.KEY_AREAS_TRANSFORMED),
            new Family("""
                    SELECT r.unit_id, count(*) FROM recognition r
                    WHERE r.unit_id%s AND r.recognition_year BETWEEN :fromYear AND :toYear GROUP BY 1"""
                    .formatted(IN_SCOPE), Measure.RECOGNITIONS),
            new Family("""
                    SELECT g.hamlet_id,
                        COALESCE(sum(f.amount) FILTER (WHERE f.kind = 'CONTRIBUTION' AND f.entry_on >= :from), 0),
                        COALESCE(sum(f.amount) FILTER (WHERE f.kind = 'SUPPORT' AND f.entry_on >= :from), 0),
                        COALESCE(sum(f.amount) FILTER (WHERE f.kind = 'EXPENSE' AND f.entry_on >= :from), 0),
                        COALESCE(sum(CASE WHEN f.kind = 'EXPENSE' THEN -f.amount ELSE f.amount END), 0)
                    FROM lgtq_group g JOIN fund_entry f ON f.group_id = g.id
                    WHERE g.hamlet_id%s AND f.entry_on <= :to GROUP BY 1""".formatted(IN_SCOPE),
                    Measure.FUND_CONTRIBUTIONS, Measure.FUND_SUPPORT, Measure.FUND_EXPENSES, Measure.FUND_BALANCE));

    /**
     * People followed: a case belongs to a hamlet, a commune, or both; it counts once for a root that reaches
     * either. Grouped by the pair, so the sum per root can ask for either.
     */
    private static final String PEOPLE_FOLLOWED = """
            SELECT c.hamlet_id, c.commune_id, count(*) FROM reintegration_case c
            WHERE (c.hamlet_id%1$s OR c.commune_id%1$s)
                AND c.started_on <= :to AND (c.status = 'ACTIVE' OR c.status_since >= :from)
            GROUP BY 1, 2""".formatted(IN_SCOPE);

    private record Family(String sql, Measure... measures) {
    }

    /** The parameters every query may use. */
    record Params(LocalDate from, LocalDate to, int meetingIntervalMonths, int goodOrBetterLevels) {
    }

    @Inject
    EntityManager em;

    @Inject
    UnitTree tree;

    /** The unit graph of this request, read once. */
    private UnitTree.Graph graph;

    /** Each root's measures, zero where nothing was found. */
    Map<Long, long[]> figures(Collection<Long> roots, Params params) {
        Set<Long> units = reach(roots);
        Map<Long, long[]> perUnit = new HashMap<>();
        for (Family family : FAMILIES) {
            for (Object[] row : rows(family.sql(), units, params)) {
                long[] values = perUnit.computeIfAbsent(((Number) row[0]).longValue(),
                        id -> new long[Measure.values().length]);
                for (int i = 0; i < family.measures().length; i++) {
                    values[family.measures()[i].ordinal()] += ((Number) row[i + 1]).longValue();
                }
            }
        }
        List<Object[]> followed = rows(PEOPLE_FOLLOWED, units, params);
        Map<Long, long[]> byRoot = new HashMap<>();
        for (Long root : roots) {
            Set<Long> reached = graph().reachableFrom(root);
            long[] sum = new long[Measure.values().length];
            for (Long unit : reached) {
                long[] values = perUnit.get(unit);
                for (int i = 0; values != null && i < sum.length; i++) {
                    sum[i] += values[i];
                }
            }
            for (Object[] row : followed) {
                if (row[0] != null && reached.contains(((Number) row[0]).longValue())
                        || row[1] != null && reached.contains(((Number) row[1]).longValue())) {
                    sum[Measure.PEOPLE_FOLLOWED.ordinal()] += ((Number) row[2]).longValue();
                }
            }
            byRoot.put(root, sum);
        }
        return byRoot;
    }

    /** Tips of the period under the root, per value of the column (category, status or outcome). */
    Map<String, Long> tipsBy(String column, long root, Params params) {
        return counted("SELECT x." + column + ", count(*) FROM tip x WHERE x.hamlet_id" + IN_SCOPE
                + " AND x.created_at >= :fromInstant AND x.created_at < :afterInstant AND x." + column
                + " IS NOT NULL GROUP BY 1", root, params);
    }

    Map<String, Long> mediationsByOutcome(long root, Params params) {
        return counted("SELECT c.outcome, count(*) FROM mediation_case c WHERE c.hamlet_id" + IN_SCOPE
                + " AND c.closed_on BETWEEN :from AND :to GROUP BY 1", root, params);
    }

    /** Per month of the period: tips, arrests, mediations closed and reconciled, meetings. */
    List<Object[]> monthly(long root, Params params) {
        return rows("""
                WITH month AS (
                    SELECT to_char(m, 'YYYY-MM') AS month
                    FROM generate_series(date_trunc('month', CAST(:from AS date)), CAST(:to AS date),
                        interval '1 month') m
                ),
                tips AS (
                    SELECT to_char(x.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month, count(*) AS n,
                        sum(x.arrests_or_cases) AS arrests
                    FROM tip x
                    WHERE x.hamlet_id%1$s AND x.created_at >= :fromInstant AND x.created_at < :afterInstant
                    GROUP BY 1
                ),
                mediations AS (
                    SELECT to_char(c.closed_on, 'YYYY-MM') AS month, count(*) AS n,
                        count(*) FILTER (WHERE c.outcome = 'RECONCILED') AS reconciled
                    FROM mediation_case c WHERE c.hamlet_id%1$s AND c.closed_on BETWEEN :from AND :to GROUP BY 1
                ),
                meetings AS (
                    SELECT to_char(m.held_on, 'YYYY-MM') AS month, count(*) AS n
                    FROM lgtq_group g JOIN group_meeting m ON m.group_id = g.id
                    WHERE g.hamlet_id%1$s AND m.held_on BETWEEN :from AND :to GROUP BY 1
                )
                SELECT month.month, COALESCE(tips.n, 0), COALESCE(tips.arrests, 0), COALESCE(mediations.n, 0),
                    COALESCE(mediations.reconciled, 0), COALESCE(meetings.n, 0)
                FROM month LEFT JOIN tips USING (month) LEFT JOIN mediations USING (month)
                LEFT JOIN meetings USING (month)
                ORDER BY 1""".formatted(IN_SCOPE), reach(List.of(root)), params);
    }

    /** Per year the period touches: ratings, cultural families, safety standard decisions, recognitions. */
    List<Object[]> yearly(long root, Params params) {
        return rows("""
                WITH year AS (SELECT generate_series(:fromYear, :toYear) AS year),
                groups AS (
                    SELECT r.rating_year AS year, count(*) AS n, count(*) FILTER (WHERE r.rating_rank <= :goodLevels) AS good
                    FROM lgtq_group g JOIN group_rating r ON r.group_id = g.id
                    WHERE g.hamlet_id%1$s AND r.rating_year BETWEEN :fromYear AND :toYear GROUP BY 1
                ),
                families AS (
                    SELECT c.rating_year AS year, sum(c.households_rated) AS n, sum(c.cultural_families) AS good
                    FROM hamlet_cultural_year c
                    WHERE c.hamlet_id%1$s AND c.rating_year BETWEEN :fromYear AND :toYear GROUP BY 1
                ),
                communes AS (
                    SELECT s.assessment_year AS year, count(*) AS n, count(*) FILTER (WHERE s.met) AS good
                    FROM commune_safety_standard s
                    WHERE s.commune_id%1$s AND s.assessment_year BETWEEN :fromYear AND :toYear GROUP BY 1
                ),
                recognitions AS (
                    SELECT r.recognition_year AS year, count(*) AS n FROM recognition r
                    WHERE r.unit_id%1$s AND r.recognition_year BETWEEN :fromYear AND :toYear GROUP BY 1
                )
                SELECT year.year, COALESCE(groups.n, 0), COALESCE(groups.good, 0), COALESCE(families.n, 0),
                    COALESCE(families.good, 0), COALESCE(communes.n, 0), COALESCE(communes.good, 0),
                    COALESCE(recognitions.n, 0)
                FROM year LEFT JOIN groups USING (year) LEFT JOIN families USING (year)
                LEFT JOIN communes USING (year) LEFT JOIN recognitions USING (year)
                ORDER BY 1""".formatted(IN_SCOPE), reach(List.of(root)), params);
    }

    private Map<String, Long> counted(String sql, long root, Params params) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : rows(sql, reach(List.of(root)), params)) {
            counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private UnitTree.Graph graph() {
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

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Set<Long> units, Params params) {
        Query query = em.createNativeQuery(sql).setParameter("units", ScopeFunctions.arrayText(units));
        bind(query, sql, "from", params.from());
        bind(query, sql, "to", params.to());
        bind(query, sql, "fromInstant", params.from().atStartOfDay(VIETNAM).toOffsetDateTime());
        bind(query, sql, "afterInstant", params.to().plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime());
        bind(query, sql, "fromYear", params.from().getYear());
        bind(query, sql, "toYear", params.to().getYear());
        bind(query, sql, "months", params.meetingIntervalMonths());
        bind(query, sql, "goodLevels", params.goodOrBetterLevels());
        return query.getResultList();
    }

    /** Binds a parameter only where the SQL names it (a name followed by a letter is another parameter). */
    private static void bind(Query query, String sql, String name, Object value) {
        if (Pattern.compile(":" + name + "(?![A-Za-z])").matcher(sql).find()) {
            query.setParameter(name, value);
        }
    }
}
