package vn.lgtq.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.lgtq.error.ProblemException;
import vn.lgtq.group.Group;
import vn.lgtq.unit.Unit;
import vn.lgtq.unit.UnitTree;

/**
 * The caller as the token describes it: roles and the administrative unit it is attached to.
 * Every query that lists or loads units goes through {@link #unitIds()}.
 */
@RequestScoped
public class CallerScope {
    public static final String UNIT_CLAIM = "unit_code";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    UnitTree tree;

    private UnitTree.Graph graph;
    private Unit unit;
    private Set<Long> unitIds;
    private Set<Long> ownGroupIds;

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
            unit = Unit.findById(unitId());
        }
        return unit;
    }

    /** The id of {@link #unit()}, resolved from the unit graph held in memory. */
    public long unitId() {
        return graph().unitWithCode(unitCode(), LocalDate.now()).orElseThrow(() -> ProblemException.forbidden(
                "Tài khoản chưa được gắn với một đơn vị hành chính hợp lệ."));
    }

    /** Ids of every unit the caller may see: its unit's subtree, former-district links and history. */
    public Set<Long> unitIds() {
        if (unitIds == null) {
            unitIds = graph().reachableFrom(unitId());
        }
        return unitIds;
    }

    /** The unit graph this request works with: read once, so one request sees one version of it. */
    private UnitTree.Graph graph() {
        if (graph == null) {
            graph = tree.current();
        }
        return graph;
    }

    /**
     * The groups the caller leads: its username is their leader account and they lie in its unit. The account
     * is free text an officer types, so the unit is what binds a leader to a group.
     */
    public Set<Long> ownGroupIds() {
        if (ownGroupIds == null) {
            ownGroupIds = Set.copyOf(Group.getEntityManager().createQuery(
                            "select g.id from Group g where g.leaderAccount = :me and g.hamletId in :units", Long.class)
                    .setParameter("me", username()).setParameter("units", unitIds()).getResultList());
        }
        return ownGroupIds;
    }

    public boolean leadsGroup(Long groupId) {
        return groupId != null && ownGroupIds().contains(groupId);
    }

    public boolean canSee(long unitId) {
        return unitIds().contains(unitId);
    }

    /** The unit and the units below it, for filtering by unit; 404 when the unit is outside the scope. */
    public Set<Long> unitIdsBelow(long unitId) {
        if (!canSee(unitId)) {
            throw ProblemException.notFound("Không tìm thấy đơn vị hành chính " + unitId + ".");
        }
        Set<Long> ids = new HashSet<>(graph().reachableFrom(unitId));
        ids.retainAll(unitIds());
        return ids;
    }

    /** Police roles and hamlet leaders; group leaders read only, integration never writes. */
    public boolean canWriteHouseholds() {
        return isOfficer() || hasRole(Roles.HAMLET_LEADER);
    }

    /** Whether the caller's roles may see this kind of personal data (the records themselves are scoped apart). */
    public boolean sees(PersonalData kind) {
        return kind.visibleTo(identity.getRoles());
    }

    /** Phone and citizen ID numbers: police in scope and the hamlet's own leader, nobody else. */
    public boolean seesPersonalData() {
        return sees(PersonalData.CONTACT_NUMBERS);
    }

    /** A group leader with no wider role sees only the group whose leader account it is. */
    public boolean limitedToOwnGroup() {
        return hasRole(Roles.GROUP_LEADER) && !canWriteHouseholds();
    }

    /** The people who run the groups' work: officers, hamlet and group leaders (not other agencies' systems). */
    public boolean worksWithGroups() {
        return isOfficer() || hasRole(Roles.HAMLET_LEADER) || hasRole(Roles.GROUP_LEADER);
    }

    public boolean isOfficer() {
        return hasRole(Roles.PROVINCE_OFFICER) || hasRole(Roles.DISTRICT_OFFICER) || hasRole(Roles.COMMUNE_OFFICER);
    }

    public void requireHouseholdWriter() {
        if (!canWriteHouseholds()) {
            throw ProblemException.forbidden("Vai trò của bạn chỉ được xem nhóm và hộ gia đình.");
        }
    }
}
