package vn.lgtq.paging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import vn.lgtq.unit.ScopeFunctions;

/**
 * The total of a long list that is filtered by scope alone, summed from the rows per hamlet that triggers keep exact
 * (table hamlet_row_count, migration V10): a province page adds up 3,000 numbers instead of counting 300,000 rows.
 */
@ApplicationScoped
public class HamletTotals {
    /** The lists counted per hamlet; the names are the tables' (and the triggers' argument). */
    public enum CountedList {
        HOUSEHOLDS("household"), PATROLS("patrol"), PROPAGANDA_SESSIONS("propaganda_session");

        private final String table;

        CountedList(String table) {
            this.table = table;
        }
    }

    @Inject
    EntityManager em;

    /** Rows of the list in these units (only hamlets hold rows; other ids add nothing). */
    public long rows(CountedList list, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        // A few units as an IN list (a cached plan, see ScopeFunctions.FEW_IDS); more as one array parameter, not an
        // IN list of thousands, unnested once (not cast again for every row).
        boolean few = ScopeFunctions.few(unitIds);
        String units = few ? "(:units)" : "(SELECT unnest(CAST(:units AS bigint[])))";
        Number total = (Number) em.createNativeQuery("SELECT COALESCE(sum(row_count), 0) FROM hamlet_row_count"
                        + " WHERE list = :list AND hamlet_id IN " + units)
                .setParameter("list", list.table)
                .setParameter("units", few ? List.copyOf(unitIds) : ScopeFunctions.arrayText(unitIds)).getSingleResult();
        return total.longValue();
    }
}
