package vn.lgtq.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lgtq.error.ProblemException;
import vn.lgtq.security.CallerScope;
import vn.lgtq.unit.Unit;

/** Coverage figures counted today along the current hierarchy (former districts reach their new communes). */
@ApplicationScoped
public class CoverageService {
    private static final String FIGURES_SQL = """
            WITH RECURSIVE tree(root_id, id) AS (
                SELECT u.id, u.id FROM unit u WHERE u.id IN (:roots)
                UNION
                SELECT t.root_id, c.id FROM tree t JOIN unit c ON c.parent_id = t.id OR c.former_district_id = t.id
                WHERE (c.valid_from IS NULL OR c.valid_from <= CURRENT_DATE)
                  AND (c.valid_to IS NULL OR c.valid_to >= CURRENT_DATE)
            ),
            hamlet AS (
                SELECT t.root_id, t.id FROM tree t JOIN unit u ON u.id = t.id AND u.level = 'HAMLET'
            ),
            -- Counted once per hamlet with joins, not per hamlet with subqueries: a province has thousands of them.
            hamlet_id AS (SELECT DISTINCT id FROM hamlet),
            groups AS (
                SELECT g.hamlet_id, count(*) AS n FROM lgtq_group g JOIN hamlet_id ON hamlet_id.id = g.hamlet_id
                WHERE g.status = 'ACTIVE' GROUP BY 1
            ),
            households AS (
                SELECT h.hamlet_id, count(*) AS n FROM household h JOIN hamlet_id ON hamlet_id.id = h.hamlet_id
                GROUP BY 1
            ),
            members AS (
                SELECT g.hamlet_id, count(DISTINCT m.household_id) AS n, count(p.id) AS people
                FROM group_membership m
                JOIN lgtq_group g ON g.id = m.group_id AND g.status = 'ACTIVE'
                JOIN hamlet_id ON hamlet_id.id = g.hamlet_id
                LEFT JOIN person p ON p.household_id = m.household_id
                WHERE m.left_on IS NULL GROUP BY 1
            )
            SELECT h.root_id, count(*), count(*) FILTER (WHERE COALESCE(groups.n, 0) > 0),
                   sum(COALESCE(households.n, 0)), sum(COALESCE(members.n, 0)), sum(COALESCE(groups.n, 0)),
                   sum(COALESCE(members.people, 0))
            FROM hamlet h LEFT JOIN groups ON groups.hamlet_id = h.id LEFT JOIN households ON households.hamlet_id = h.id
            LEFT JOIN members ON members.hamlet_id = h.id
            GROUP BY h.root_id""";

    @Inject
    CallerScope caller;

    @Inject
    EntityManager em;

    public Coverage of(long unitId) {
        Unit unit = visible(unitId);
        return figures(List.of(unit)).get(0);
    }

    /** One row per unit directly below (valid today and in the caller's scope), by name. */
    public List<Coverage> children(long unitId) {
        visible(unitId);
        List<Unit> children = Unit.<Unit>list("""
                (parentId = ?1 or formerDistrictId = ?1)
                and (validFrom is null or validFrom <= current_date) and (validTo is null or validTo >= current_date)""",
                unitId).stream().filter(u -> caller.canSee(u.id)).sorted(Comparator.comparing(u -> u.searchName)).toList();
        return figures(children);
    }

    private Unit visible(long unitId) {
        Unit unit = caller.canSee(unitId) ? Unit.findById(unitId) : null;
        if (unit == null) {
            throw ProblemException.notFound("Không tìm thấy đơn vị hành chính " + unitId + ".");
        }
        return unit;
    }

    @SuppressWarnings("unchecked")
    private List<Coverage> figures(List<Unit> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery(FIGURES_SQL)
                .setParameter("roots", units.stream().map(u -> u.id).toList()).getResultList();
        Map<Long, long[]> byUnit = new HashMap<>();
        for (Object[] row : rows) {
            long[] values = new long[6];
            for (int i = 0; i < 6; i++) {
                values[i] = row[i + 1] == null ? 0 : ((Number) row[i + 1]).longValue();
            }
            byUnit.put(((Number) row[0]).longValue(), values);
        }
        return units.stream().map(u -> {
            long[] v = byUnit.getOrDefault(u.id, new long[6]);
            return new Coverage(u.id, u.name, u.level, v[0], v[1], percent(v[1], v[0]), v[2], v[3], percent(v[3], v[2]),
                    v[4], v[5]);
        }).toList();
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
