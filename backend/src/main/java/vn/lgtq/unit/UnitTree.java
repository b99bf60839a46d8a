package vn.lgtq.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Walks the unit graph: children, communes of a former district, and the units a unit replaced. */
@ApplicationScoped
public class UnitTree {
    private static final String REACHABLE_SQL = """
            WITH RECURSIVE reach(id) AS (
                SELECT CAST(:root AS BIGINT)
                UNION
                SELECT e.to_id FROM unit_scope_edge e JOIN reach r ON e.from_id = r.id
            )
            SELECT id FROM reach""";

    @Inject
    EntityManager em;

    /** The unit and every unit below it, including history reached through its predecessors. */
    @SuppressWarnings("unchecked")
    public Set<Long> reachableFrom(long rootId) {
        List<Number> ids = em.createNativeQuery(REACHABLE_SQL).setParameter("root", rootId).getResultList();
        Set<Long> result = new HashSet<>();
        ids.forEach(id -> result.add(id.longValue()));
        return result;
    }
}
