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
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The dashboard's SQL. Every figure is counted for several root units at once: each root with everything reachable
 * from it (its subtree, the communes of a former district, and history through predecessors), grouped by root.
 */
@RequestScoped
class DashboardQueries {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Each root with every unit reachable from it, read once per request by {@link #tree}. */
    private static final String REACHABLE = """
            WITH RECURSIVE tree(root_id, id) AS (
                SELECT id, id FROM unit WHERE id IN (:roots)
                UNION
                SELECT t.root_id, e.to_id FROM tree t JOIN unit_scope_edge e ON e.from_id = t.id
            )
            SELECT root_id, id FROM tree""";
    /** The figure queries start from the pairs already read, not from another walk of the unit graph each. */
    private static final String TREE = """
            WITH RECURSIVE tree(root_id, id) AS (
                SELECT * FROM unnest(CAST(:treeRoots AS bigint[]), CAST(:treeIds AS bigint[]))
            )
            """;
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

    /** One SQL per family of measures: the root, then the family's measures in order. */
    private static final List<Family> FAMILIES = List.of(
            new Family("""
                    SELECT t.root_id, count(*),
                        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM lgtq_group g WHERE g.hamlet_id = u.id
                            AND %s))
                    FROM tree t JOIN unit u ON u.id = t.id
                    WHERE u.level = 'HAMLET' AND %s GROUP BY 1""".formatted(GROUP_ACTIVE_ON_TO, VALID_ON_TO),
                    Measure.HAMLETS, Measure.HAMLETS_WITH_GROUPS),
            new Family("SELECT t.root_id, count(*) FROM tree t JOIN lgtq_group g ON g.hamlet_id = t.id WHERE "
                    + GROUP_ACTIVE_ON_TO + " GROUP BY 1", Measure.GROUPS),
            new Family("SELECT t.root_id, count(*) FROM tree t JOIN household h ON h.hamlet_id = t.id GROUP BY 1",
                    Measure.HOUSEHOLDS),
            new Family("""
                    SELECT t.root_id, count(DISTINCT m.household_id)
                    FROM tree t JOIN lgtq_group g ON g.hamlet_id = t.id JOIN group_membership m ON m.group_id = g.id
                    WHERE m.joined_on <= :to AND (m.left_on IS NULL OR m.left_on > :to) GROUP BY 1""",
                    Measure.MEMBER_HOUSEHOLDS),
            new Family("""
                    SELECT t.root_id, count(*), COALESCE(sum(x.arrests_or_cases), 0)
                    FROM tree t JOIN tip x ON x.hamlet_id = t.id
                    WHERE x.created_at >= :fromInstant AND x.created_at < :afterInstant GROUP BY 1""",
                    Measure.TIPS, Measure.ARRESTS),
            new Family("""
                    SELECT t.root_id,
                        count(*) FILTER (WHERE c.received_on BETWEEN :from AND :to),
                        count(*) FILTER (WHERE c.closed_on BETWEEN :from AND :to),
                        count(*) FILTER (WHERE c.closed_on BETWEEN :from AND :to AND c.outcome = 'RECONCILED'),
                        count(*) FILTER (WHERE c.closed_on BETWEEN :from AND :to AND c.outcome = 'WITHDRAWN')
                    FROM tree t JOIN mediation_case c ON c.hamlet_id = t.id GROUP BY 1""",
                    Measure.MEDIATIONS_RECEIVED, Measure.MEDIATIONS_CLOSED, Measure.MEDIATIONS_RECONCILED,
                    Measure.MEDIATIONS_WITHDRAWN),
            new Family("""
                    SELECT t.root_id, count(*)
                    FROM tree t JOIN lgtq_group g ON g.hamlet_id = t.id JOIN group_meeting m ON m.group_id = g.id
                    WHERE m.held_on BETWEEN :from AND :to GROUP BY 1""", Measure.MEETINGS),
            new Family("""
                    SELECT t.root_id, count(*)
                    FROM tree t JOIN lgtq_group g ON g.hamlet_id = t.id
                    LEFT JOIN LATERAL (SELECT max(m.held_on) AS held_on FROM group_meeting m
                        WHERE m.group_id = g.id AND m.held_on <= :to) last ON TRUE
                    WHERE %s AND COALESCE(last.held_on, g.founded_on, CAST(g.created_at AS date))
                        + make_interval(months => :months) < :to
                    GROUP BY 1""".formatted(GROUP_ACTIVE_ON_TO), Measure.OVERDUE_GROUPS),
            new Family("""
                    SELECT t.root_id, count(DISTINCT c.id)
                    FROM tree t JOIN reintegration_case c ON c.hamlet_id = t.id OR c.commune_id = t.id
                    WHERE c.started_on <= :to AND (c.status = 'ACTIVE' OR c.status_since >= :from) GROUP BY 1""",
                    Measure.PEOPLE_FOLLOWED),
            new Family("""
                    SELECT t.root_id, count(*), count(*) FILTER (WHERE r.rating_rank <= :goodLevels)
                    FROM tree t JOIN lgtq_group g ON g.hamlet_id = t.id JOIN group_rating r ON r.group_id = g.id
                    WHERE r.rating_year BETWEEN :fromYear AND :toYear GROUP BY 1""",
                    Measure.GROUPS_RATED, Measure.GROUPS_RATED_GOOD),
            new Family("""
                    SELECT t.root_id, count(*), count(*) FILTER (WHERE r.cultural)
                    FROM tree t JOIN household_cultural_rating r ON r.hamlet_id = t.id
                    WHERE r.rating_year BETWEEN :fromYear AND :toYear GROUP BY 1""",
                    Measure.HOUSEHOLDS_RATED, Measure.CULTURAL_FAMILIES),
            new Family("""
                    SELECT t.root_id, count(*), count(*) FILTER (WHERE s.met)
                    FROM tree t JOIN commune_safety_standard s ON s.commune_id = t.id
                    WHERE s.assessment_year BETWEEN :fromYear AND :toYear GROUP BY 1""",
                    Measure.COMMUNES_ASSESSED, Measure.COMMUNES_MET),
            new Family("""
                    SELECT t.root_id, count(*), count(*) FILTER (WHERE k.transformed_on <= :to)
                    FROM tree t JOIN key_area k ON k.unit_id = t.id WHERE k.listed_on <= :to GROUP BY 1""",
                    Measure.KEY_AREAS, Measure.KEY_AREAS_TRANSFORMED),
            new Family("""
                    SELECT t.root_id, count(*) FROM tree t JOIN recognition r ON r.unit_id = t.id
                    WHERE r.recognition_year BETWEEN :fromYear AND :toYear GROUP BY 1""", Measure.RECOGNITIONS),
            new Family("""
                    SELECT t.root_id,
                        COALESCE(sum(f.amount) FILTER (WHERE f.kind = 'CONTRIBUTION' AND f.entry_on >= :from), 0),
                        COALESCE(sum(f.amount) FILTER (WHERE f.kind = 'SUPPORT' AND f.entry_on >= :from), 0),
                        COALESCE(sum(f.amount) FILTER (WHERE f.kind = 'EXPENSE' AND f.entry_on >= :from), 0),
                        COALESCE(sum(CASE WHEN f.kind = 'EXPENSE' THEN -f.amount ELSE f.amount END), 0)
                    FROM tree t JOIN lgtq_group g ON g.hamlet_id = t.id JOIN fund_entry f ON f.group_id = g.id
                    WHERE f.entry_on <= :to GROUP BY 1""",
                    Measure.FUND_CONTRIBUTIONS, Measure.FUND_SUPPORT, Measure.FUND_EXPENSES, Measure.FUND_BALANCE));

    private record Family(String sql, Measure... measures) {
    }

    /** The parameters every query may use. */
    record Params(LocalDate from, LocalDate to, int meetingIntervalMonths, int goodOrBetterLevels) {
    }

    @Inject
    EntityManager em;

    /** Each root's measures, zero where nothing was found. */
    Map<Long, long[]> figures(Collection<Long> roots, Params params) {
        Map<Long, long[]> byRoot = new HashMap<>();
        roots.forEach(root -> byRoot.put(root, new long[Measure.values().length]));
        for (Family family : FAMILIES) {
            for (Object[] row : rows(TREE + family.sql(), roots, params)) {
                long[] values = byRoot.get(((Number) row[0]).longValue());
                for (int i = 0; i < family.measures().length; i++) {
                    values[family.measures()[i].ordinal()] = ((Number) row[i + 1]).longValue();
                }
            }
        }
        return byRoot;
    }

    /** Tips of the period under the root, per value of the column (category, status or outcome). */
    Map<String, Long> tipsBy(String column, long root, Params params) {
        return counted(TREE + "SELECT x." + column + ", count(*) FROM tree t JOIN tip x ON x.hamlet_id = t.id"
                + " WHERE x.created_at >= :fromInstant AND x.created_at < :afterInstant AND x." + column
                + " IS NOT NULL GROUP BY 1", root, params);
    }

    Map<String, Long> mediationsByOutcome(long root, Params params) {
        return counted(TREE + "SELECT c.outcome, count(*) FROM tree t JOIN mediation_case c ON c.hamlet_id = t.id"
                + " WHERE c.closed_on BETWEEN :from AND :to GROUP BY 1", root, params);
    }

    /** Per month of the period: tips, arrests, mediations closed and reconciled, meetings. */
    List<Object[]> monthly(long root, Params params) {
        return rows(TREE + """
                , month AS (
                    SELECT to_char(m, 'YYYY-MM') AS month
                    FROM generate_series(date_trunc('month', CAST(:from AS date)), CAST(:to AS date),
                        interval '1 month') m
                ),
                tips AS (
                    SELECT to_char(x.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month, count(*) AS n,
                        sum(x.arrests_or_cases) AS arrests
                    FROM tree t JOIN tip x ON x.hamlet_id = t.id
                    WHERE x.created_at >= :fromInstant AND x.created_at < :afterInstant GROUP BY 1
                ),
                mediations AS (
                    SELECT to_char(c.closed_on, 'YYYY-MM') AS month, count(*) AS n,
                        count(*) FILTER (WHERE c.outcome = 'RECONCILED') AS reconciled
                    FROM tree t JOIN mediation_case c ON c.hamlet_id = t.id
                    WHERE c.closed_on BETWEEN :from AND :to GROUP BY 1
                ),
                meetings AS (
                    SELECT to_char(m.held_on, 'YYYY-MM') AS month, count(*) AS n
                    FROM tree t JOIN lgtq_group g ON g.hamlet_id = t.id JOIN group_meeting m ON m.group_id = g.id
                    WHERE m.held_on BETWEEN :from AND :to GROUP BY 1
                )
                SELECT month.month, COALESCE(tips.n, 0), COALESCE(tips.arrests, 0), COALESCE(mediations.n, 0),
                    COALESCE(mediations.reconciled, 0), COALESCE(meetings.n, 0)
                FROM month LEFT JOIN tips USING (month) LEFT JOIN mediations USING (month)
                LEFT JOIN meetings USING (month)
                ORDER BY 1""", List.of(root), params);
    }

    /** Per year the period touches: ratings, cultural families, safety standard decisions, recognitions. */
    List<Object[]> yearly(long root, Params params) {
        return rows(TREE + """
                , year AS (SELECT generate_series(:fromYear, :toYear) AS year),
                groups AS (
                    SELECT r.rating_year AS year, count(*) AS n, count(*) FILTER (WHERE r.rating_rank <= :goodLevels) AS good
                    FROM tree t JOIN lgtq_group g ON g.hamlet_id = t.id JOIN group_rating r ON r.group_id = g.id
                    WHERE r.rating_year BETWEEN :fromYear AND :toYear GROUP BY 1
                ),
                families AS (
                    SELECT r.rating_year AS year, count(*) AS n, count(*) FILTER (WHERE r.cultural) AS good
                    FROM tree t JOIN household_cultural_rating r ON r.hamlet_id = t.id
                    WHERE r.rating_year BETWEEN :fromYear AND :toYear GROUP BY 1
                ),
                communes AS (
                    SELECT s.assessment_year AS year, count(*) AS n, count(*) FILTER (WHERE s.met) AS good
                    FROM tree t JOIN commune_safety_standard s ON s.commune_id = t.id
                    WHERE s.assessment_year BETWEEN :fromYear AND :toYear GROUP BY 1
                ),
                recognitions AS (
                    SELECT r.recognition_year AS year, count(*) AS n FROM tree t JOIN recognition r ON r.unit_id = t.id
                    WHERE r.recognition_year BETWEEN :fromYear AND :toYear GROUP BY 1
                )
                SELECT year.year, COALESCE(groups.n, 0), COALESCE(groups.good, 0), COALESCE(families.n, 0),
                    COALESCE(families.good, 0), COALESCE(communes.n, 0), COALESCE(communes.good, 0),
                    COALESCE(recognitions.n, 0)
                FROM year LEFT JOIN groups USING (year) LEFT JOIN families USING (year)
                LEFT JOIN communes USING (year) LEFT JOIN recognitions USING (year)
                ORDER BY 1""", List.of(root), params);
    }

    private Map<String, Long> counted(String sql, long root, Params params) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : rows(sql, List.of(root), params)) {
            counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** The roots' reachable units as two parallel array literals, walked once per set of roots and request. */
    private final Map<Set<Long>, String[]> trees = new HashMap<>();

    @SuppressWarnings("unchecked")
    private String[] tree(Collection<Long> roots) {
        return trees.computeIfAbsent(new HashSet<>(roots), key -> {
            List<Object[]> pairs = em.createNativeQuery(REACHABLE).setParameter("roots", key).getResultList();
            StringJoiner rootIds = new StringJoiner(",", "{", "}");
            StringJoiner unitIds = new StringJoiner(",", "{", "}");
            for (Object[] pair : pairs) {
                rootIds.add(pair[0].toString());
                unitIds.add(pair[1].toString());
            }
            return new String[] {rootIds.toString(), unitIds.toString()};
        });
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<Long> roots, Params params) {
        String[] tree = tree(roots);
        Query query = em.createNativeQuery(sql).setParameter("treeRoots", tree[0]).setParameter("treeIds", tree[1]);
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
