package vn.lgtq.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.lgtq.audit.AuditLog;
import vn.lgtq.error.ProblemException;
import vn.lgtq.evaluation.EvaluationDtos.CulturalEntry;
import vn.lgtq.evaluation.EvaluationDtos.CulturalRow;
import vn.lgtq.group.Group;
import vn.lgtq.household.Household;
import vn.lgtq.household.HouseholdService;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.CallerScope;
import vn.lgtq.unit.Unit;
import vn.lgtq.unit.UnitLevel;

/**
 * The hamlets' yearly cultural-family ratings. The hamlet leader and the officers of its scope rate its households;
 * group leaders read their own group's households.
 */
@ApplicationScoped
public class CulturalFamilyService {
    private static final Map<String, String> SORT_FIELDS = Map.of("code", "code", "headName", "headName");
    private static final String OWN_GROUPS_HOUSEHOLDS = "h.id in (select m.householdId from Membership m"
            + " where m.leftOn is null and m.groupId in :ownGroups)";

    @Inject
    CallerScope caller;

    @Inject
    HouseholdService households;

    @Inject
    AuditLog audit;

    /** The hamlet's households (a group leader's: its group's) with their rating for the year, by code. */
    public EvaluationDtos.CulturalPage list(long hamletId, Integer year, PageParams paging) {
        if (!caller.worksWithGroups()) {
            throw ProblemException.forbidden("Vai trò của bạn không xem đánh giá gia đình văn hóa từng hộ.");
        }
        String field = SORT_FIELDS.get(paging.sortField("code"));
        if (field == null) {
            throw ProblemException.invalid("sort", "Chỉ sắp xếp theo: " + String.join(", ", SORT_FIELDS.keySet()) + ".");
        }
        Unit hamlet = hamlet(hamletId);
        int y = year == null ? LocalDate.now().getYear() : year;
        String where = householdsOf(caller.limitedToOwnGroup());
        Map<String, Object> params = new HashMap<>();
        params.put("hamlet", hamlet.id);
        if (caller.limitedToOwnGroup()) {
            params.put("ownGroups", caller.ownGroupIds());
        }
        String direction = paging.descending() ? " desc" : " asc";
        PanacheQuery<Household> query = Household.find("select h from Household h where " + where
                + " order by h." + field + direction + ", h.id", params);
        List<Household> page = query.page(Page.of(paging.page, paging.size)).list();
        List<Long> ids = page.stream().map(h -> h.id).toList();
        Map<Long, Boolean> ratings = ids.isEmpty() ? Map.of()
                : CulturalRating.<CulturalRating>list("ratingYear = ?1 and householdId in ?2", y, ids).stream()
                        .collect(Collectors.toMap(r -> r.householdId, r -> r.cultural));
        Map<Long, Group> groups = households.activeGroups(ids);
        List<CulturalRow> items = page.stream().map(h -> {
            Group group = groups.get(h.id);
            return new CulturalRow(h.id, h.code, h.headName, group == null ? null : group.id,
                    group == null ? null : group.name, ratings.get(h.id));
        }).toList();
        long[] totals = totals(where, params, y);
        return new EvaluationDtos.CulturalPage(hamlet.id, hamlet.name, y, items, query.count(), paging.page,
                paging.size, totals[0], totals[1]);
    }

    /** Rates households of the hamlet for the year: each rating is written over the one it replaces. */
    @Transactional
    public EvaluationDtos.CulturalSaved put(long hamletId, int year, EvaluationDtos.CulturalInput body) {
        if (!caller.canWriteHouseholds()) {
            throw ProblemException.forbidden("Chỉ trưởng thôn và cán bộ công an đánh giá gia đình văn hóa.");
        }
        Unit hamlet = hamlet(hamletId);
        if (year > LocalDate.now().getYear()) {
            throw ProblemException.invalid("year", "Chưa thể đánh giá cho năm " + year + ".");
        }
        List<CulturalEntry> entries = body.ratings();
        Map<Long, Household> found = Household.<Household>list("id in ?1",
                entries.stream().map(CulturalEntry::householdId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(h -> h.id, Function.identity()));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Long id = entries.get(i).householdId();
            Household household = found.get(id);
            if (household == null || !Objects.equals(household.hamletId, hamlet.id)) {
                throw ProblemException.invalid("ratings[" + i + "].householdId", "Hộ " + id + " không thuộc "
                        + hamlet.name + ".");
            }
            if (!seen.add(id)) {
                throw ProblemException.invalid("ratings[" + i + "].householdId", "Hộ " + household.code
                        + " được ghi hai lần.");
            }
        }
        Map<Long, CulturalRating> existing = CulturalRating.<CulturalRating>list(
                "ratingYear = ?1 and householdId in ?2", year, seen).stream()
                .collect(Collectors.toMap(r -> r.householdId, Function.identity()));
        OffsetDateTime now = OffsetDateTime.now();
        for (CulturalEntry entry : entries) {
            CulturalRating rating = existing.get(entry.householdId());
            if (rating == null) {
                rating = new CulturalRating();
                rating.householdId = entry.householdId();
                rating.ratingYear = year;
            }
            rating.hamletId = hamlet.id;
            rating.cultural = entry.cultural();
            rating.ratedBy = caller.username();
            rating.ratedAt = now;
            rating.persist();
            audit.record("CULTURAL_RATING", "household", entry.householdId(), year + " cultural=" + entry.cultural()
                    + " hamlet=" + hamlet.id);
        }
        CulturalRating.flush(); // a concurrent rating of the same household and year: 409 from error.Constraints
        long[] totals = totals(householdsOf(false), Map.of("hamlet", hamlet.id), year);
        long count = Household.count("hamletId", hamlet.id);
        return new EvaluationDtos.CulturalSaved(hamlet.id, year, entries.size(), count, totals[0], totals[1]);
    }

    /** The households (alias h) of the hamlet :hamlet, or only those of the groups in :ownGroups. */
    private static String householdsOf(boolean ownGroups) {
        return "h.hamletId = :hamlet" + (ownGroups ? " and " + OWN_GROUPS_HOUSEHOLDS : "");
    }

    /** [rated, cultural] for the year among the households matching the clause. */
    private static long[] totals(String householdClause, Map<String, Object> params, int year) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("year", year);
        String rated = "ratingYear = :year and householdId in (select h.id from Household h where " + householdClause
                + ")";
        return new long[] {CulturalRating.count(rated, all), CulturalRating.count(rated + " and cultural = true", all)};
    }

    /** A hamlet in the caller's scope: 404 outside it, 400 for a unit of another level. */
    private Unit hamlet(long id) {
        Unit unit = caller.canSee(id) ? Unit.findById(id) : null;
        if (unit == null) {
            throw ProblemException.notFound("Không tìm thấy đơn vị hành chính " + id + ".");
        }
        if (unit.level != UnitLevel.HAMLET) {
            throw ProblemException.invalid("id", unit.name + " không phải thôn, tổ dân phố; hãy chọn một thôn.");
        }
        return unit;
    }
}
