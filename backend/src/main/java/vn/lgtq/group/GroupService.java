package vn.lgtq.group;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.lgtq.audit.AuditLog;
import vn.lgtq.error.ProblemException;
import vn.lgtq.error.ProblemMappers;
import vn.lgtq.group.GroupDtos.Detail;
import vn.lgtq.group.GroupDtos.PersonRef;
import vn.lgtq.group.GroupDtos.Summary;
import vn.lgtq.group.GroupDtos.Warning;
import vn.lgtq.household.HouseholdFilter;
import vn.lgtq.household.HouseholdService;
import vn.lgtq.household.Person;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.CallerScope;
import vn.lgtq.unit.ScopeFunctions;
import vn.lgtq.unit.SearchText;
import vn.lgtq.unit.Unit;

/** Groups of the hamlets in the caller's scope: listing with counts, and their leaders. */
@ApplicationScoped
public class GroupService {
    private static final Map<String, String> SORT_FIELDS = Map.of(
            "number", "number", "name", "searchName", "foundedOn", "foundedOn", "householdCount", "householdCount");
    private static final String HOUSEHOLD_COUNT =
            "(select count(m) from Membership m where m.groupId = g.id and m.leftOn is null)";

    @Inject
    CallerScope caller;

    @Inject
    HouseholdService households;

    @Inject
    GroupSizeConfig size;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    public GroupDtos.Page list(GroupFilter filter, PageParams paging) {
        String field = SORT_FIELDS.get(paging.sortField("number"));
        if (field == null) {
            throw ProblemException.invalid("sort", "Chỉ sắp xếp theo: " + String.join(", ", SORT_FIELDS.keySet()) + ".");
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("from Group g where " + ScopeFunctions.inScope("g.hamletId", "units",
                filter.unitId == null ? caller.unitIds() : caller.unitIdsBelow(filter.unitId), params));
        if (filter.status != null) {
            where.append(" and g.status = :status");
            params.put("status", filter.status);
        }
        if (caller.limitedToOwnGroup()) {
            where.append(" and g.id in :ownGroups");
            params.put("ownGroups", caller.ownGroupIds());
        }
        String words = SearchText.fold(filter.q);
        if (!words.isEmpty()) {
            where.append(" and g.searchName like :q escape '\\'");
            params.put("q", SearchText.containing(words));
        }
        String direction = paging.descending() ? " desc" : " asc";
        String order = field.equals("householdCount") ? HOUSEHOLD_COUNT : "g." + field;
        PanacheQuery<Group> query = Group.find("select g " + where + " order by " + order + direction
                + ", g.hamletId, g.number, g.id", params);
        List<Group> groups = query.page(Page.of(paging.page, paging.size)).list();
        long total = Group.count(where.toString(), params);
        return new GroupDtos.Page(summaries(groups), total, paging.page, paging.size);
    }

    public Detail get(long id) {
        return detail(visible(id));
    }

    /** The group, if the caller may see it. */
    public Group visible(long id) {
        Group group = Group.findById(id);
        if (group == null || !caller.canSee(group.hamletId)
                || caller.limitedToOwnGroup() && !caller.leadsGroup(group.id)) {
            throw ProblemException.notFound("Không tìm thấy nhóm " + id + ".");
        }
        return group;
    }

    @Transactional
    public Detail create(GroupCreate body) {
        Unit hamlet = households.hamletForWrite(body.hamletId());
        Group group = new Group();
        group.hamletId = hamlet.id;
        group.number = body.number();
        group.name = body.name() == null || body.name().isBlank()
                ? "Nhóm LGTQ số " + body.number() + ", " + hamlet.name : body.name().trim();
        group.foundedOn = body.foundedOn();
        group.status = body.status() == null ? GroupStatus.ACTIVE : body.status();
        group.notes = SearchText.trimToNull(body.notes());
        group.leaderAccount = SearchText.trimToNull(body.leaderAccount());
        save(group);
        audit.record("CREATE", "group", group.id, group.name);
        return detail(group);
    }

    @Transactional
    public Detail update(long id, GroupUpdate body) {
        caller.requireHouseholdWriter();
        Group group = visible(id);
        if (group.version != body.version()) {
            throw ProblemException.of(ProblemMappers.staleVersion());
        }
        if (body.status() != GroupStatus.ACTIVE && group.status == GroupStatus.ACTIVE && countHouseholds(group.id) > 0) {
            throw ProblemException.conflict("group-has-households", "Nhóm còn hộ thành viên; hãy chuyển các hộ sang nhóm khác trước khi "
                    + (body.status() == GroupStatus.MERGED ? "sáp nhập." : "giải thể."));
        }
        group.number = body.number();
        group.name = body.name().trim();
        group.foundedOn = body.foundedOn();
        group.status = body.status();
        group.notes = SearchText.trimToNull(body.notes());
        group.leaderAccount = SearchText.trimToNull(body.leaderAccount());
        group.leaderPersonId = requireMember(group, "leaderPersonId", body.leaderPersonId());
        group.deputyPersonId = requireMember(group, "deputyPersonId", body.deputyPersonId());
        if (group.leaderPersonId != null && group.leaderPersonId.equals(group.deputyPersonId)) {
            throw ProblemException.invalid("deputyPersonId", "Nhóm phó phải là người khác nhóm trưởng.");
        }
        save(group);
        audit.record("UPDATE", "group", group.id, group.name + " leader=" + group.leaderPersonId
                + " deputy=" + group.deputyPersonId);
        return detail(group);
    }

    /** The leader and deputy are people of the group's own member households. */
    private Long requireMember(Group group, String field, Long personId) {
        if (personId == null) {
            return null;
        }
        long found = Person.count("id = ?1 and household.id in (select m.householdId from Membership m "
                + "where m.groupId = ?2 and m.leftOn is null)", personId, group.id);
        if (found == 0) {
            throw ProblemException.invalid(field, "Người được chọn không thuộc hộ nào đang ở trong " + group.name + ".");
        }
        return personId;
    }

    private Detail detail(Group group) {
        Summary s = summaries(List.of(group)).get(0);
        var members = households.summaries(households.query(HouseholdFilter.ofGroup(group.id)).list());
        return new Detail(s.id(), s.hamletId(), s.hamletName(), s.number(), s.name(), s.foundedOn(), s.status(),
                s.leader(), s.deputy(), s.leaderAccount(), s.householdCount(), s.peopleCount(), s.warnings(),
                s.version(), group.notes, members);
    }

    /** A page of groups as the list shows them: names, counts, leader and deputy come from one statement. */
    @SuppressWarnings("unchecked")
    private List<Summary> summaries(List<Group> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT g.id, u.name,
                    (SELECT count(*) FROM group_membership m WHERE m.group_id = g.id AND m.left_on IS NULL),
                    (SELECT count(*) FROM group_membership m JOIN person p ON p.household_id = m.household_id
                     WHERE m.group_id = g.id AND m.left_on IS NULL),
                    l.id, l.full_name, l.household_id, d.id, d.full_name, d.household_id
                FROM lgtq_group g JOIN unit u ON u.id = g.hamlet_id
                    LEFT JOIN person l ON l.id = g.leader_person_id LEFT JOIN person d ON d.id = g.deputy_person_id
                WHERE g.id IN (:ids)""").setParameter("ids", groups.stream().map(g -> g.id).toList()).getResultList();
        Map<Long, Object[]> byGroup = rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> r));
        return groups.stream().map(g -> {
            Object[] r = byGroup.get(g.id);
            int householdCount = ((Number) r[2]).intValue();
            return new Summary(g.id, g.hamletId, (String) r[1], g.number, g.name, g.foundedOn, g.status,
                    personRef(r, 4), personRef(r, 7), g.leaderAccount, householdCount, ((Number) r[3]).intValue(),
                    warnings(g, householdCount), g.version);
        }).toList();
    }

    /** The person whose id, name and household id start at column at, or null. */
    private static PersonRef personRef(Object[] row, int at) {
        return row[at] == null ? null : new PersonRef(((Number) row[at]).longValue(), (String) row[at + 1],
                ((Number) row[at + 2]).longValue());
    }

    private List<Warning> warnings(Group group, int householdCount) {
        List<Warning> warnings = new ArrayList<>();
        if (group.status == GroupStatus.ACTIVE && householdCount < size.min()) {
            warnings.add(new Warning("group-size-below-range", "Nhóm có " + householdCount
                    + " hộ, ít hơn mức thường là " + size.min() + "–" + size.max() + " hộ."));
        } else if (group.status == GroupStatus.ACTIVE && householdCount > size.max()) {
            warnings.add(new Warning("group-size-above-range", "Nhóm có " + householdCount
                    + " hộ, nhiều hơn mức thường là " + size.min() + "–" + size.max() + " hộ."));
        }
        return warnings;
    }

    /** Households and people currently in each group: [households, people]. */
    @SuppressWarnings("unchecked")
    private Map<Long, long[]> counts(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT m.group_id, count(DISTINCT m.household_id), count(p.id)
                FROM group_membership m LEFT JOIN person p ON p.household_id = m.household_id
                WHERE m.left_on IS NULL AND m.group_id IN (:ids)
                GROUP BY m.group_id""").setParameter("ids", groupIds).getResultList();
        Map<Long, long[]> result = new HashMap<>();
        rows.forEach(r -> result.put(((Number) r[0]).longValue(),
                new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
        return result;
    }

    private long countHouseholds(long groupId) {
        return counts(List.of(groupId)).getOrDefault(groupId, new long[2])[0];
    }

    private static void save(Group group) {
        if (Group.count("hamletId = ?1 and number = ?2 and id <> ?3", group.hamletId, group.number,
                group.id == null ? -1L : group.id) > 0) {
            throw duplicateNumber(group);
        }
        group.persist();
        Group.flush(); // a concurrent duplicate is answered by error.Constraints
    }

    private static ProblemException duplicateNumber(Group group) {
        return ProblemException.conflict("duplicate-group-number",
                "Thôn, tổ dân phố này đã có nhóm số " + group.number + ".");
    }

}
