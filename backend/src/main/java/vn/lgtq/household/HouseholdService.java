package vn.lgtq.household;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.lgtq.audit.AuditLog;
import vn.lgtq.error.ProblemException;
import vn.lgtq.error.ProblemMappers;
import vn.lgtq.group.Group;
import vn.lgtq.group.GroupStatus;
import vn.lgtq.household.HouseholdDtos.Detail;
import vn.lgtq.household.HouseholdDtos.MembershipDto;
import vn.lgtq.household.HouseholdDtos.PersonDto;
import vn.lgtq.household.HouseholdDtos.Summary;
import vn.lgtq.paging.HamletTotals.CountedList;
import vn.lgtq.paging.HamletTotals;
import vn.lgtq.paging.PageParams;
import vn.lgtq.persistence.ReadOnlyTransaction;
import vn.lgtq.security.CallerScope;
import vn.lgtq.unit.ScopeFunctions;
import vn.lgtq.unit.SearchText;
import vn.lgtq.unit.Unit;
import vn.lgtq.unit.UnitLevel;

/** Households and their people: scope, personal-data visibility, group membership history. */
@ApplicationScoped
public class HouseholdService {
    private static final Map<String, String> SORT_FIELDS = Map.of("code", "code", "headName", "headName");
    private static final String ACTIVE_MEMBERS = "select m.householdId from Membership m where m.leftOn is null";

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Inject
    HamletTotals totals;

    /** Households the caller may see that match the filter, by hamlet then code unless sorted otherwise. */
    public PanacheQuery<Household> query(HouseholdFilter filter) {
        return query(filter, Sort.by("hamletId").and("code").and("id"));
    }

    private PanacheQuery<Household> query(HouseholdFilter filter, Sort sort) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(ScopeFunctions.inScope("hamletId", "units", units(filter), params));
        if (filter.groupId != null) {
            where.append(" and id in (" + ACTIVE_MEMBERS + " and m.groupId = :group)");
            params.put("group", filter.groupId);
        }
        if (Boolean.TRUE.equals(filter.withoutGroup)) {
            where.append(" and id not in (" + ACTIVE_MEMBERS + ")");
        }
        if (caller.limitedToOwnGroup()) {
            where.append(" and id in (" + ACTIVE_MEMBERS
                    + " and m.groupId in :ownGroups)");
            params.put("ownGroups", caller.ownGroupIds());
        }
        String words = SearchText.fold(filter.q);
        if (!words.isEmpty()) {
            where.append(" and searchText like :q escape '\\'");
            params.put("q", SearchText.containing(words));
        }
        return Household.find(where.toString(), sort, params);
    }

    private Set<Long> units(HouseholdFilter filter) {
        return filter.unitId == null ? caller.unitIds() : caller.unitIdsBelow(filter.unitId);
    }

    /**
     * In a transaction: a search or filter counts its matches, planned for the caller's units (see
     * {@link ScopeFunctions#planForTheIds}); a list by scope alone sums its total per hamlet.
     */
    @ReadOnlyTransaction
    public HouseholdDtos.Page list(HouseholdFilter filter, PageParams paging) {
        String field = SORT_FIELDS.get(paging.sortField("code"));
        if (field == null) {
            throw ProblemException.invalid("sort", "Chỉ sắp xếp theo: " + String.join(", ", SORT_FIELDS.keySet()) + ".");
        }
        boolean scopeOnly = filter.groupId == null && !Boolean.TRUE.equals(filter.withoutGroup)
                && !caller.limitedToOwnGroup() && SearchText.fold(filter.q).isEmpty();
        if (!scopeOnly) {
            ScopeFunctions.planForTheIds(Household.getEntityManager());
        }
        Sort sort = Sort.by(field, paging.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending).and("id");
        PanacheQuery<Household> query = query(filter, sort);
        List<Household> households = query.page(Page.of(paging.page, paging.size)).list();
        long total = scopeOnly ? totals.rows(CountedList.HOUSEHOLDS, units(filter)) : query.count();
        return new HouseholdDtos.Page(summaries(households), total, paging.page, paging.size);
    }

    /**
     * The rows of a page as the list shows them, in one statement: hamlet name, active group and the number of people
     * come from joins and a counting subquery, not from loading the people (1.1 million rows for a province once).
     */
    public List<Summary> summaries(List<Household> households) {
        if (households.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> extras = Household.getEntityManager().createQuery("""
                        select h.id, u.name, g.id, g.name, (select count(p) from Person p where p.household.id = h.id)
                        from Household h join Unit u on u.id = h.hamletId
                            left join Membership m on m.householdId = h.id and m.leftOn is null
                            left join Group g on g.id = m.groupId
                        where h.id in :ids""", Object[].class)
                .setParameter("ids", households.stream().map(h -> h.id).toList()).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], Function.identity()));
        boolean personal = caller.seesPersonalData();
        return households.stream().map(h -> {
            Object[] extra = extras.get(h.id);
            return new Summary(h.id, h.hamletId, (String) extra[1], h.code, h.headName, h.address,
                    personal ? h.phone : null, (Long) extra[2], (String) extra[3], ((Long) extra[4]).intValue(),
                    !personal, h.version);
        }).toList();
    }

    public Detail get(long id) {
        return detail(visible(id));
    }

    /** The household, if the caller may see it. */
    public Household visible(long id) {
        Household household = Household.findById(id);
        boolean seen = household != null && caller.canSee(household.hamletId)
                && (!caller.limitedToOwnGroup() || Household.count("id = ?1 and id in (" + ACTIVE_MEMBERS
                        + " and m.groupId in ?2)", id, caller.ownGroupIds()) > 0);
        if (!seen) {
            throw ProblemException.notFound("Không tìm thấy hộ gia đình " + id + ".");
        }
        return household;
    }

    /** The hamlet, when the caller may write its households: 403 for read-only roles, 404 outside scope. */
    public Unit hamletForWrite(long hamletId) {
        caller.requireHouseholdWriter();
        Unit hamlet = caller.canSee(hamletId) ? Unit.findById(hamletId) : null;
        if (hamlet == null || hamlet.level != UnitLevel.HAMLET) {
            throw ProblemException.notFound("Không tìm thấy thôn, tổ dân phố " + hamletId + ".");
        }
        return hamlet;
    }

    @Transactional
    public Detail create(HouseholdCreate body) {
        Unit hamlet = hamletForWrite(body.hamletId());
        Household household = new Household();
        household.hamletId = hamlet.id;
        apply(household, body.code(), body.address(), body.phone(), body.people());
        saveOrConflict(household);
        if (body.groupId() != null) {
            join(household, targetGroup(household, body.groupId()), LocalDate.now());
        }
        audit.record("CREATE", "household", household.id, household.code);
        return detail(household);
    }

    @Transactional
    public Detail update(long id, HouseholdUpdate body) {
        caller.requireHouseholdWriter();
        Household household = visible(id);
        requireVersion(household, body.version());
        apply(household, body.code(), body.address(), body.phone(), body.people());
        Household.getEntityManager().lock(household, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        saveOrConflict(household);
        audit.record("UPDATE", "household", household.id, household.code);
        return detail(household);
    }

    @Transactional
    public Detail changeMembership(long id, MembershipChange body) {
        caller.requireHouseholdWriter();
        Household household = visible(id);
        requireVersion(household, body.version());
        LocalDate day = body.date() != null ? body.date() : LocalDate.now();
        Optional<Membership> current = activeMembership(household.id);
        if (current.isPresent() && Objects.equals(current.get().groupId, body.groupId())) {
            return detail(household);
        }
        // Membership is part of the household's state: take the row before changing it, so that of two concurrent
        // changes the second waits, then finds the version moved and answers 409 (instead of a duplicate membership).
        Household.getEntityManager().lock(household, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Group target = body.groupId() == null ? null : targetGroup(household, body.groupId());
        if (current.isPresent()) {
            Membership old = current.get();
            Group oldGroup = Group.findById(old.groupId);
            Set<Long> people = household.people.stream().map(p -> p.id).collect(Collectors.toSet());
            if (people.contains(oldGroup.leaderPersonId) || people.contains(oldGroup.deputyPersonId)) {
                throw ProblemException.conflict("person-leads-group", "Hộ này có nhóm trưởng hoặc nhóm phó của "
                        + oldGroup.name + "; hãy chọn người khác làm nhóm trưởng, nhóm phó trước.");
            }
            if (day.isBefore(old.joinedOn)) {
                throw ProblemException.invalid("date", "Ngày chuyển phải từ ngày vào nhóm cũ (" + old.joinedOn + ") trở đi.");
            }
            old.leftOn = day;
            Membership.flush();
        }
        if (target != null) {
            join(household, target, day);
        }
        audit.record("MEMBERSHIP", "household", household.id,
                "group=" + (target == null ? "none" : target.id) + " on " + day);
        return detail(household);
    }

    /** The active group of each household (households in none are absent). */
    public Map<Long, Group> activeGroups(Collection<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        List<Membership> memberships = Membership.list("leftOn is null and householdId in ?1", householdIds);
        Map<Long, Group> groups = Group.<Group>list("id in ?1",
                memberships.stream().map(m -> m.groupId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(g -> g.id, Function.identity()));
        Map<Long, Group> result = new HashMap<>();
        memberships.forEach(m -> result.put(m.householdId, groups.get(m.groupId)));
        return result;
    }

    private Detail detail(Household h) {
        Summary s = summaries(List.of(h)).get(0);
        boolean personal = caller.seesPersonalData();
        List<PersonDto> people = h.people.stream().map(p -> new PersonDto(p.id, p.fullName, p.birthDate, p.birthYear,
                p.gender, p.relation, personal ? p.citizenId : null)).toList();
        List<Membership> history = Membership.list("householdId = ?1 order by joinedOn desc, id desc", h.id);
        Map<Long, String> groupNames = Group.<Group>list("id in ?1",
                history.stream().map(m -> m.groupId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(g -> g.id, g -> g.name));
        List<MembershipDto> memberships = history.stream()
                .map(m -> new MembershipDto(m.groupId, groupNames.get(m.groupId), m.joinedOn, m.leftOn)).toList();
        return new Detail(s.id(), s.hamletId(), s.hamletName(), s.code(), s.headName(), s.address(), s.phone(),
                s.groupId(), s.groupName(), s.peopleCount(), s.personalDataHidden(), s.version(), people, memberships);
    }

    private void apply(Household household, String code, String address, String phone, List<PersonInput> people) {
        household.code = code.trim();
        household.address = SearchText.trimToNull(address);
        String trimmedPhone = SearchText.trimToNull(phone);
        household.phone = trimmedPhone == null ? null : PhoneNumbers.normalise(trimmedPhone)
                .orElseThrow(() -> ProblemException.invalid("phone", PhoneNumbers.FORMAT_MESSAGE));
        if (people.stream().filter(p -> p.relation() == Relation.HEAD).count() != 1) {
            throw ProblemException.invalid("people", "Mỗi hộ có đúng một người là chủ hộ.");
        }
        Map<Long, Person> existing = household.people.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            PersonInput input = people.get(i);
            String field = "people[" + i + "]";
            Person person;
            if (input.id() == null) {
                person = new Person();
                person.household = household;
                household.people.add(person);
            } else {
                person = existing.get(input.id());
                if (person == null) {
                    throw ProblemException.invalid(field + ".id", "Người " + input.id() + " không thuộc hộ này.");
                }
                kept.add(person.id);
            }
            person.position = i;
            person.fullName = input.fullName().trim();
            person.birthDate = input.birthDate();
            person.birthYear = input.birthDate() != null ? Integer.valueOf(input.birthDate().getYear()) : input.birthYear();
            person.gender = input.gender();
            person.relation = input.relation();
            String citizenId = SearchText.trimToNull(input.citizenId());
            if (citizenId != null) {
                String problem = CitizenIds.problem(citizenId, person.birthYear).orElse(null);
                if (problem != null) {
                    throw ProblemException.invalid(field + ".citizenId", problem);
                }
            }
            person.citizenId = citizenId;
        }
        List<Person> removed = household.people.stream().filter(p -> p.id != null && !kept.contains(p.id)).toList();
        for (Person person : removed) {
            Group led = Group.find("leaderPersonId = ?1 or deputyPersonId = ?1", person.id).firstResult();
            if (led != null) {
                throw ProblemException.conflict("person-leads-group", person.fullName + " đang là nhóm trưởng hoặc nhóm phó của "
                        + led.name + "; hãy chọn người khác trước khi xóa người này khỏi hộ.");
            }
        }
        household.people.removeAll(removed);
        household.people.sort(Comparator.comparingInt(p -> p.position));
        household.headName = people.stream().filter(p -> p.relation() == Relation.HEAD).findFirst().orElseThrow()
                .fullName().trim();
    }

    private Group targetGroup(Household household, long groupId) {
        Group group = Group.findById(groupId);
        if (group == null || !Objects.equals(group.hamletId, household.hamletId)) {
            throw ProblemException.invalid("groupId", "Nhóm " + groupId + " không thuộc thôn, tổ dân phố của hộ này.");
        }
        if (group.status != GroupStatus.ACTIVE) {
            throw ProblemException.invalid("groupId", group.name + " không còn hoạt động.");
        }
        return group;
    }

    private static void join(Household household, Group group, LocalDate day) {
        Membership membership = new Membership();
        membership.householdId = household.id;
        membership.groupId = group.id;
        membership.joinedOn = day;
        membership.persist();
    }

    private static Optional<Membership> activeMembership(long householdId) {
        return Membership.find("householdId = ?1 and leftOn is null", householdId).firstResultOptional();
    }


    private static void requireVersion(Household household, long version) {
        if (household.version != version) {
            throw ProblemException.of(ProblemMappers.staleVersion());
        }
    }

    /** Saves the household; a code already used in the hamlet answers 409 (checked, and guarded by the database). */
    private static void saveOrConflict(Household household) {
        if (Household.count("hamletId = ?1 and code = ?2 and id <> ?3", household.hamletId, household.code,
                household.id == null ? -1L : household.id) > 0) {
            throw duplicateCode(household);
        }
        household.persist();
        Household.flush(); // a concurrent duplicate is answered by error.Constraints
    }

    private static ProblemException duplicateCode(Household household) {
        return ProblemException.conflict("duplicate-household-code",
                "Mã hộ " + household.code + " đã có trong thôn, tổ dân phố này.");
    }
}
