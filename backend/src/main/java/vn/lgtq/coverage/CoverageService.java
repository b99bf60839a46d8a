package vn.lgtq.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lgtq.error.ProblemException;
import vn.lgtq.persistence.ReadOnlyTransaction;
import vn.lgtq.security.CallerScope;
import vn.lgtq.unit.ScopeFunctions;
import vn.lgtq.unit.Unit;
import vn.lgtq.unit.UnitTree;

/**
 * Coverage figures counted today along the current hierarchy (former districts reach their new communes): the hamlets
 * come from the unit graph held in memory, their counts from one statement over the totals kept per hamlet (households
 * in hamlet_row_count, member households and their people in hamlet_coverage) and the active groups.
 */
@ApplicationScoped
public class CoverageService {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Per hamlet with anything to count: active groups, households, member households, their people. */
    private static final String HAMLET_FIGURES = """
            WITH hamlet AS MATERIALIZED (SELECT unnest(CAST(:hamlets AS bigint[])) AS id),
            groups AS (
                SELECT g.hamlet_id, count(*) AS n FROM lgtq_group g
                WHERE g.hamlet_id IN (SELECT id FROM hamlet) AND g.status = 'ACTIVE' GROUP BY 1
            )
            SELECT h.id, COALESCE(groups.n, 0), COALESCE(c.row_count, 0), COALESCE(v.member_households, 0),
                COALESCE(v.member_people, 0)
            FROM hamlet h
            LEFT JOIN groups ON groups.hamlet_id = h.id
            LEFT JOIN hamlet_row_count c ON c.list = 'household' AND c.hamlet_id = h.id
            LEFT JOIN hamlet_coverage v ON v.hamlet_id = h.id
            WHERE groups.n IS NOT NULL OR c.row_count IS NOT NULL OR v.hamlet_id IS NOT NULL""";

    @Inject
    CallerScope caller;

    @Inject
    EntityManager em;

    @Inject
    UnitTree tree;

    @ReadOnlyTransaction
    public Coverage of(long unitId) {
        Unit unit = visible(unitId);
        return figures(List.of(unit)).get(0);
    }

    /** One row per unit directly below (valid today and in the caller's scope), by name. */
    @ReadOnlyTransaction
    public List<Coverage> children(long unitId) {
        visible(unitId);
        List<Unit> children = Unit.<Unit>list("""
                (parentId = ?1 or formerDistrictId = ?1)
                and (validFrom is null or validFrom <= ?2) and (validTo is null or validTo >= ?2)""",
                unitId, today()).stream().filter(u -> caller.canSee(u.id))
                .sorted(Comparator.comparing(u -> u.searchName)).toList();
        return figures(children);
    }

    private Unit visible(long unitId) {
        Unit unit = caller.canSee(unitId) ? Unit.findById(unitId) : null;
        if (unit == null) {
            throw ProblemException.notFound("Không tìm thấy đơn vị hành chính " + unitId + ".");
        }
        return unit;
    }

    private static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    @SuppressWarnings("unchecked")
    private List<Coverage> figures(List<Unit> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        UnitTree.Graph graph = tree.current();
        LocalDate today = today();
        Map<Long, List<Long>> hamletsOf = new HashMap<>();
        Set<Long> hamlets = new HashSet<>();
        for (Unit unit : units) {
            List<Long> below = graph.hamletsOn(unit.id, today);
            hamletsOf.put(unit.id, below);
            hamlets.addAll(below);
        }
        Map<Long, long[]> perHamlet = new HashMap<>();
        if (!hamlets.isEmpty()) {
            ScopeFunctions.planForTheIds(em); // a plan for the hamlets in hand, not for an array of unknown size
            List<Object[]> rows = em.createNativeQuery(HAMLET_FIGURES)
                    .setParameter("hamlets", ScopeFunctions.arrayText(hamlets)).getResultList();
            for (Object[] row : rows) {
                long[] values = new long[4];
                for (int i = 0; i < values.length; i++) {
                    values[i] = ((Number) row[i + 1]).longValue();
                }
                perHamlet.put(((Number) row[0]).longValue(), values);
            }
        }
        return units.stream().map(u -> {
            List<Long> below = hamletsOf.get(u.id);
            long withGroups = 0;
            long[] sum = new long[4]; // groups, households, member households, people
            for (Long hamlet : below) {
                long[] values = perHamlet.get(hamlet);
                if (values != null) {
                    withGroups += values[0] > 0 ? 1 : 0;
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += values[i];
                    }
                }
            }
            return new Coverage(u.id, u.name, u.level, below.size(), withGroups, percent(withGroups, below.size()),
                    sum[1], sum[2], percent(sum[2], sum[1]), sum[0], sum[3]);
        }).toList();
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
