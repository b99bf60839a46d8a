package vn.lgtq.unit;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.persistence.EntityManager;
import java.util.Collection;
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
