package vn.lgtq.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.lgtq.error.ProblemException;
import vn.lgtq.group.Group;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.CallerScope;
import vn.lgtq.unit.ScopeFunctions;
import vn.lgtq.unit.Unit;
import vn.lgtq.unit.UnitLevel;

/**
 * Who reads and records activities. Officers and hamlet leaders read and write in their scope, group leaders
 * only for the groups they lead; the integration role reads figures only, never records.
 */
@ApplicationScoped
public class ActivityAccess {
    @Inject
    CallerScope caller;

    /** Everybody who reads lists and records also writes them: officers, hamlet and group leaders. */
    public void requireMember() {
        if (!caller.worksWithGroups()) {
            throw ProblemException.forbidden("Vai trò của bạn chỉ xem số liệu tổng hợp về hoạt động của các nhóm.");
        }
    }

    public boolean seesGroup(Group group) {
        return group != null && caller.canSee(group.hamletId)
                && (!caller.limitedToOwnGroup() || caller.leadsGroup(group.id));
    }

    /** A group leader's lists stop at the groups it leads. */
    public boolean limitedToOwnGroup() {
        return caller.limitedToOwnGroup();
    }

    public String username() {
        return caller.username();
    }

    /** The unit ids a list covers: the caller's whole scope, or the given unit and those below it (404 outside). */
    public Set<Long> units(Long unitId) {
        return unitId == null ? caller.unitIds() : caller.unitIdsBelow(unitId);
    }

    /**
     * Where a hamlet-level activity is recorded: the hamlet in scope (404 otherwise) and, optionally, one of its
     * groups the caller sees (400 otherwise). Group leaders record only for a group they lead.
     */
    public Target target(long hamletId, Long groupId) {
        requireMember();
        Unit hamlet = caller.canSee(hamletId) ? Unit.findById(hamletId) : null;
        if (hamlet == null || hamlet.level != UnitLevel.HAMLET) {
            throw ProblemException.notFound("Không tìm thấy thôn, tổ dân phố " + hamletId + ".");
        }
        if (groupId == null) {
            if (caller.limitedToOwnGroup()) {
                throw ProblemException.forbidden("Nhóm trưởng chỉ ghi hoạt động của nhóm mình; hãy chọn nhóm.");
            }
            return new Target(hamlet, null);
        }
        Group group = Group.findById(groupId);
        if (!seesGroup(group) || !Objects.equals(group.hamletId, hamlet.id)) {
            throw ProblemException.invalid("groupId", "Chọn một nhóm của " + hamlet.name + " trong phạm vi của bạn.");
        }
        return new Target(hamlet, group);
    }

    public record Target(Unit hamlet, Group group) {
    }

    /** A record of a hamlet (and maybe a group) the caller sees: group leaders see only their groups' records. */
    public boolean seesRecord(long hamletId, Long groupId) {
        return caller.canSee(hamletId)
                && (!caller.limitedToOwnGroup() || groupId != null && seesGroup(Group.findById(groupId)));
    }

    /** The scope and filter of a patrol or propaganda list, as a query on hamletId and groupId. */
    public Where where(ActivityFilter filter) {
        requireMember();
        requireOrdered(filter.from, filter.to);
        Where where = new Where(units(filter.unitId));
        if (filter.groupId != null) {
            if (!seesGroup(Group.findById(filter.groupId))) {
                throw ProblemException.notFound("Không tìm thấy nhóm " + filter.groupId + ".");
            }
            where.and("groupId = :group", "group", filter.groupId);
        }
        if (caller.limitedToOwnGroup()) {
            where.and("groupId in :ownGroups", "ownGroups", caller.ownGroupIds());
        }
        return where;
    }

    /** A query text with its named parameters. */
    public static final class Where {
        private final StringBuilder text = new StringBuilder();
        private final Map<String, Object> params = new HashMap<>();
        private final Set<Long> units;
        private boolean narrowed;

        Where(Set<Long> units) {
            text.append(ScopeFunctions.inScope("hamletId", "units", units, params));
            this.units = units;
        }

        public Where and(String clause, String name, Object value) {
            text.append(" and ").append(clause);
            params.put(name, value);
            narrowed = true;
            return this;
        }

        /** The units in scope when nothing else narrows the list (its total then comes from the hamlet totals). */
        public Optional<Set<Long>> scopeOnly() {
            return narrowed ? Optional.empty() : Optional.of(units);
        }

        public String text() {
            return text.toString();
        }

        public Map<String, Object> params() {
            return params;
        }
    }

    /** Hamlet and group names of a page of records, by id, in one statement. */
    @SuppressWarnings("unchecked")
    static Names names(Collection<Long> hamletIds, Collection<Long> groupIds) {
        Set<Long> hamlets = new HashSet<>(hamletIds);
        Set<Long> groups = new HashSet<>(groupIds);
        hamlets.remove(null);
        groups.remove(null);
        Map<Long, String> hamletNames = new HashMap<>();
        Map<Long, String> groupNames = new HashMap<>();
        if (!hamlets.isEmpty() || !groups.isEmpty()) {
            List<Object[]> rows = Group.getEntityManager().createNativeQuery("""
                    SELECT 'H', id, name FROM unit WHERE id IN (SELECT unnest(CAST(:hamlets AS bigint[])))
                    UNION ALL SELECT 'G', id, name FROM lgtq_group WHERE id IN (SELECT unnest(CAST(:groups AS bigint[])))""")
                    .setParameter("hamlets", ScopeFunctions.arrayText(hamlets))
                    .setParameter("groups", ScopeFunctions.arrayText(groups)).getResultList();
            rows.forEach(r -> ("H".equals(r[0]) ? hamletNames : groupNames).put(((Number) r[1]).longValue(),
                    (String) r[2]));
        }
        return new Names(hamletNames, groupNames);
    }

    record Names(Map<Long, String> hamlets, Map<Long, String> groups) {
        String group(Long id) {
            return id == null ? null : groups.get(id);
        }
    }

    /** The period of a list or of figures: 400 when it ends before it starts. */
    static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "Ngày kết thúc phải từ ngày bắt đầu trở đi.");
        }
    }

    /** Lists are newest first; the one sort field a list accepts may turn them oldest first. */
    static boolean ascending(PageParams paging, String field) {
        if (paging.sort != null && !paging.sortField(field).equals(field)) {
            throw ProblemException.invalid("sort", "Chỉ sắp xếp theo: " + field + ".");
        }
        return paging.sort != null && !paging.descending();
    }
}
