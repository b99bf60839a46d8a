package vn.lgtq.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.lgtq.error.ProblemException;
import vn.lgtq.unit.Unit;

/**
 * The caller as the token describes it: roles and the administrative unit it is attached to.
 * Every query that lists or loads units goes through {@link #unitIds()}.
 */
@RequestScoped
public class CallerScope {
    public static final String UNIT_CLAIM = "unit_code";

    private static final String SCOPE_SQL = """
            WITH RECURSIVE scope(id) AS (
                SELECT CAST(:root AS BIGINT)
                UNION
                SELECT e.to_id FROM unit_scope_edge e JOIN scope s ON e.from_id = s.id
            )
            SELECT id FROM scope""";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    EntityManager em;

    private Unit unit;
    private Set<Long> unitIds;

    public String username() {
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public String displayName() {
        String name = token.getClaim("name");
        return name != null ? name : username();
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public String unitCode() {
        return token.getClaim(UNIT_CLAIM);
    }

    /** The unit the caller is attached to: the one with its code valid today, else the latest that had it. */
    public Unit unit() {
        if (unit == null) {
            String code = unitCode();
            List<Unit> candidates = code == null ? List.of()
                    : Unit.<Unit>list("code = ?1 order by validTo desc nulls first", code);
            LocalDate today = LocalDate.now();
            unit = candidates.stream().filter(u -> u.isValidOn(today)).findFirst()
                    .or(() -> candidates.stream().findFirst())
                    .orElseThrow(() -> ProblemException.forbidden(
                            "Tài khoản chưa được gắn với một đơn vị hành chính hợp lệ."));
        }
        return unit;
    }

    /** Ids of every unit the caller may see: its unit's subtree, former-district links and history. */
    @SuppressWarnings("unchecked")
    public Set<Long> unitIds() {
        if (unitIds == null) {
            List<Number> ids = em.createNativeQuery(SCOPE_SQL).setParameter("root", unit().id).getResultList();
            unitIds = new HashSet<>();
            ids.forEach(id -> unitIds.add(id.longValue()));
        }
        return unitIds;
    }

    public boolean canSee(long unitId) {
        return unitIds().contains(unitId);
    }
}
