package vn.lgtq.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.lgtq.audit.AuditLog;
import vn.lgtq.error.ProblemException;
import vn.lgtq.error.ProblemMappers;
import vn.lgtq.evaluation.EvaluationDtos.SafetyRow;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.CallerScope;
import vn.lgtq.security.Roles;
import vn.lgtq.unit.SearchText;
import vn.lgtq.unit.Unit;
import vn.lgtq.unit.UnitLevel;

/**
 * The communes' yearly security-and-order safety standard. The province and district police decide it for the
 * communes of their scope (a commune never rates itself); officers read it.
 */
@ApplicationScoped
public class SafetyStandardService {
    /** Communes of :units that existed at some time in the year [:start, :end]. */
    private static final String COMMUNES_OF_YEAR = "u.level = :commune and u.id in :units"
            + " and (u.validFrom is null or u.validFrom <= :end) and (u.validTo is null or u.validTo >= :start)";

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    /**
     * For a commune without a year: its decisions (and those of the communes it replaced), newest first. Otherwise
     * every commune below the unit that existed in the year (the current one when absent) with its decision or none.
     */
    public EvaluationDtos.SafetyPage list(long unitId, Integer year, PageParams paging) {
        requireOfficer();
        if (paging.sort != null) {
            throw ProblemException.invalid("sort", "Danh sách này có thứ tự cố định.");
        }
        Set<Long> units = caller.unitIdsBelow(unitId);
        Unit unit = Unit.findById(unitId);
        if (unit.level == UnitLevel.HAMLET) {
            throw ProblemException.invalid("id", unit.name + " là thôn, tổ dân phố; hãy chọn tỉnh, huyện hoặc xã.");
        }
        if (unit.level == UnitLevel.COMMUNE && year == null) {
            return history(units, paging);
        }
        int y = year == null ? LocalDate.now().getYear() : year;
        Map<String, Object> params = Map.of("commune", UnitLevel.COMMUNE, "units", units,
                "start", LocalDate.of(y, 1, 1), "end", LocalDate.of(y, 12, 31));
        PanacheQuery<Unit> query = Unit.find("select u from Unit u where " + COMMUNES_OF_YEAR
                + " order by u.name, u.code, u.id", params);
        List<Unit> communes = query.page(Page.of(paging.page, paging.size)).list();
        Map<Long, SafetyStandard> decisions = communes.isEmpty() ? Map.of()
                : SafetyStandard.<SafetyStandard>list("assessmentYear = ?1 and communeId in ?2", y,
                        communes.stream().map(c -> c.id).toList()).stream()
                        .collect(Collectors.toMap(s -> s.communeId, Function.identity()));
        List<SafetyRow> items = communes.stream().map(c -> decisions.containsKey(c.id) ? row(decisions.get(c.id), c)
                : new SafetyRow(c.id, c.code, c.name, y, null, null, null, null, null, null, null)).toList();
        String decided = "assessmentYear = :year and communeId in (select u.id from Unit u where " + COMMUNES_OF_YEAR
                + ")";
        Map<String, Object> counted = new HashMap<>(params);
        counted.put("year", y);
        return new EvaluationDtos.SafetyPage(items, query.count(), paging.page, paging.size,
                SafetyStandard.count(decided, counted), SafetyStandard.count(decided + " and met = true", counted));
    }

    private EvaluationDtos.SafetyPage history(Set<Long> units, PageParams paging) {
        PanacheQuery<SafetyStandard> query = SafetyStandard.find("communeId in ?1",
                Sort.by("assessmentYear", Sort.Direction.Descending).and("communeId"), units);
        List<SafetyStandard> decisions = query.page(Page.of(paging.page, paging.size)).list();
        Map<Long, Unit> communes = decisions.isEmpty() ? Map.of() : Unit.<Unit>list("id in ?1",
                decisions.stream().map(s -> s.communeId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(u -> u.id, Function.identity()));
        List<SafetyRow> items = decisions.stream().map(s -> row(s, communes.get(s.communeId))).toList();
        return new EvaluationDtos.SafetyPage(items, query.count(), paging.page, paging.size, query.count(),
                SafetyStandard.count("communeId in ?1 and met = true", units));
    }

    /** Records the decision on the commune's standard for the year, or corrects it. */
    @Transactional
    public SafetyRow put(long communeId, int year, EvaluationDtos.SafetyInput body) {
        if (!caller.hasRole(Roles.PROVINCE_OFFICER) && !caller.hasRole(Roles.DISTRICT_OFFICER)) {
            throw ProblemException.forbidden("Chỉ công an tỉnh, huyện công nhận xã đạt tiêu chuẩn an toàn về an ninh,"
                    + " trật tự; xã không tự đánh giá.");
        }
        Unit commune = caller.canSee(communeId) ? Unit.findById(communeId) : null;
        if (commune == null) {
            throw ProblemException.notFound("Không tìm thấy đơn vị hành chính " + communeId + ".");
        }
        if (commune.level != UnitLevel.COMMUNE) {
            throw ProblemException.invalid("id", commune.name + " không phải xã, phường, thị trấn.");
        }
        if (commune.id == caller.unitId()) {
            throw ProblemException.forbidden("Xã không tự công nhận mình đạt tiêu chuẩn an toàn về an ninh, trật tự.");
        }
        if (year > LocalDate.now().getYear()) {
            throw ProblemException.invalid("year", "Chưa thể đánh giá cho năm " + year + ".");
        }
        if (commune.validFrom != null && commune.validFrom.getYear() > year
                || commune.validTo != null && commune.validTo.getYear() < year) {
            throw ProblemException.invalid("year", commune.name + " không tồn tại trong năm " + year + ".");
        }
        if (body.decidedOn().getYear() < year) {
            throw ProblemException.invalid("decidedOn", "Ngày quyết định phải từ năm " + year + " trở đi.");
        }
        SafetyStandard standard = SafetyStandard.find("communeId = ?1 and assessmentYear = ?2", commune.id, year)
                .firstResult();
        if (standard == null) {
            standard = new SafetyStandard();
            standard.communeId = commune.id;
            standard.assessmentYear = year;
        } else if (body.version() != null && body.version() != standard.version) {
            throw ProblemException.of(ProblemMappers.staleVersion());
        }
        standard.met = body.met();
        standard.decidedOn = body.decidedOn();
        standard.decisionRef = SearchText.trimToNull(body.decisionRef());
        standard.note = SearchText.trimToNull(body.note());
        standard.recordedBy = caller.username();
        standard.recordedAt = OffsetDateTime.now();
        standard.persistAndFlush(); // two first records at once: the second is a 409 from error.Constraints
        audit.record("SAFETY_STANDARD", "unit", commune.id, year + " met=" + standard.met + " decidedOn="
                + standard.decidedOn + (standard.decisionRef == null ? "" : " ref=" + standard.decisionRef));
        return row(standard, commune);
    }

    private void requireOfficer() {
        if (!caller.isOfficer()) {
            throw ProblemException.forbidden("Chỉ cán bộ công an xem kết quả xã đạt tiêu chuẩn an toàn về an ninh,"
                    + " trật tự.");
        }
    }

    private static SafetyRow row(SafetyStandard s, Unit commune) {
        return new SafetyRow(s.communeId, commune == null ? null : commune.code, commune == null ? null : commune.name,
                s.assessmentYear, s.met, s.decidedOn, s.decisionRef, s.note, s.recordedBy, s.recordedAt, s.version);
    }
}
