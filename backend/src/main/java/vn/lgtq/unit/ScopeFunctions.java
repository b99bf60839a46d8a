package vn.lgtq.unit;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * {@code in_scope(column, :ids)} in HQL: the column is one of the ids, sent as one array parameter. An IN list of
 * a province's 3,300 hamlets costs tens of milliseconds to render, bind and plan on every request; the array is one
 * parameter and one plan whatever the scope's size.
 */
@PersistenceUnitExtension
public class ScopeFunctions implements FunctionContributor {
    /**
     * Scopes of at most this many units (a hamlet with its predecessors, a group's hamlet) go as a short IN list: a
     * statement on a list of a known length gets the plan PostgreSQL caches, where one on an array of unknown size is
     * planned again on every request (a quarter of the database's time for a hamlet's page of households).
     */
    public static final int FEW_IDS = 8;

    /**
     * HQL for "the column is one of the ids", its parameter put in {@code params}: an IN list for a few ids, else
     * {@code in_scope}, one array.
     */
    public static String inScope(String column, String parameter, Collection<Long> ids, Map<String, Object> params) {
        if (few(ids)) {
            params.put(parameter, List.copyOf(ids));
            return column + " in :" + parameter;
        }
        params.put(parameter, ids(ids));
        return "in_scope(" + column + ", :" + parameter + ")";
    }

    /** Whether the ids go as an IN list (see {@link #FEW_IDS}); none go as an empty array, as an IN list cannot. */
    public static boolean few(Collection<Long> ids) {
        return !ids.isEmpty() && ids.size() <= FEW_IDS;
    }

    /** The ids as the array parameter of {@code in_scope}. */
    public static Long[] ids(Collection<Long> ids) {
        return ids.toArray(Long[]::new);
    }

    /** The ids as the text of a PostgreSQL array, for native SQL that casts it: {@code CAST(:ids AS bigint[])}. */
    public static String arrayText(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /**
     * Plans the rest of the transaction's statements for their own parameters. A plan PostgreSQL caches after five
     * runs is made for an array of unknown size: it searches the array row by row (a province's 3,300 ids against
     * every row) where a plan for the array in hand hashes it once.
     */
    public static void planForTheIds(EntityManager em) {
        em.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
    }

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry().patternDescriptorBuilder("in_scope", "(?1 = any(?2))")
                .setExactArgumentCount(2)
                .setInvariantType(functions.getTypeConfiguration().getBasicTypeRegistry()
                        .resolve(StandardBasicTypes.BOOLEAN))
                .register();
    }
}
