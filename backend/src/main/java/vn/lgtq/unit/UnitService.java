package vn.lgtq.unit;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.lgtq.audit.AuditLog;
import vn.lgtq.error.ProblemException;
import vn.lgtq.error.ProblemMappers;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.CallerScope;
import vn.lgtq.security.Roles;

@ApplicationScoped
public class UnitService {
    private static final Map<String, String> SORT_FIELDS = Map.of(
            "name", "searchName", "code", "code", "validFrom", "validFrom", "validTo", "validTo");

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    public UnitPage list(UnitLevel level, UnitFilter filter, PageParams paging) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(ScopeFunctions.inScope("id", "scope", caller.unitIds(), params))
                .append(" and (validFrom is null or validFrom <= :day) and (validTo is null or validTo >= :day)");
        params.put("day", filter.day());
        if (level != null) {
            where.append(" and level = :level");
            params.put("level", level);
        }
        if (filter.type != null) {
            where.append(" and type = :type");
            params.put("type", filter.type);
        }
        if (filter.parentId != null) {
            where.append(" and (parentId = :parent or formerDistrictId = :parent)");
            params.put("parent", filter.parentId);
        }
        String words = SearchText.fold(filter.q);
        if (!words.isEmpty()) {
            where.append(" and (searchName like :q escape '\\' or lower(code) like :q escape '\\')");
            params.put("q", SearchText.containing(words));
        }
        return page(Unit.find(where.toString(), sort(paging), params), paging);
    }

    public UnitPage children(long id, UnitFilter filter, PageParams paging) {
        visible(id, null);
        filter.parentId = id;
        return list(null, filter, paging);
    }

    /** The unit's ancestors within the caller's scope, the highest first. */
    public List<UnitDto> ancestors(long id) {
        Unit unit = visible(id, null);
        List<UnitDto> chain = new ArrayList<>();
        Long parentId = unit.parentId;
        while (parentId != null && caller.canSee(parentId)) {
            Unit parent = Unit.findById(parentId);
            chain.add(0, UnitDto.of(parent));
            parentId = parent.parentId;
        }
        return chain;
    }

    /** The unit, if the caller may see it (and it has the given level, when one is given). */
    public Unit visible(long id, UnitLevel level) {
        return Optional.<Unit>ofNullable(caller.canSee(id) ? Unit.findById(id) : null)
                .filter(u -> level == null || u.level == level)
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy đơn vị hành chính " + id + "."));
    }

    @Transactional
    public UnitDto create(UnitLevel level, UnitCreate body) {
        requireWriteRight(level, false);
        Unit unit = new Unit();
        unit.level = level;
        unit.validFrom = body.validFrom() != null ? body.validFrom() : LocalDate.now();
        apply(unit, body.code(), body.name(), body.type(), body.parentId(), body.formerDistrictId(),
                body.predecessorIds());
        unit.persist();
        Unit.flush(); // a concurrent duplicate code is answered by error.Constraints
        audit.record("CREATE", "unit", unit.id, unit.code + " " + unit.name);
        return UnitDto.of(unit);
    }

    @Transactional
    public UnitDto update(UnitLevel level, long id, UnitUpdate body) {
        requireWriteRight(level, true);
        Unit unit = visible(id, level);
        requireVersion(unit, body.version());
        unit.validFrom = body.validFrom();
        apply(unit, body.code(), body.name(), body.type(), body.parentId(), body.formerDistrictId(),
                body.predecessorIds());
        requireValidityOrder(unit);
        Unit.flush(); // a concurrent duplicate code is answered by error.Constraints
        audit.record("UPDATE", "unit", unit.id, unit.code + " " + unit.name);
        return UnitDto.of(unit);
    }

    @Transactional
    public UnitDto retire(UnitLevel level, long id, UnitRetire body) {
        requireWriteRight(level, false);
        Unit unit = visible(id, level);
        requireVersion(unit, body.version());
        unit.validTo = body.validTo();
        requireValidityOrder(unit);
        Unit.flush(); // a concurrent duplicate code is answered by error.Constraints
        audit.record("RETIRE", "unit", unit.id, "validTo=" + unit.validTo);
        return UnitDto.of(unit);
    }

    /** Province officers write below their province; commune officers write hamlets; nobody else writes. */
    private void requireWriteRight(UnitLevel level, boolean update) {
        boolean allowed = switch (level) {
            case COUNTRY -> false;
            case PROVINCE -> update && caller.hasRole(Roles.PROVINCE_OFFICER);
            case DISTRICT, COMMUNE -> caller.hasRole(Roles.PROVINCE_OFFICER);
            case HAMLET -> caller.hasRole(Roles.PROVINCE_OFFICER) || caller.hasRole(Roles.COMMUNE_OFFICER);
        };
        if (!allowed) {
            throw ProblemException.forbidden("Vai trò của bạn không được thay đổi đơn vị cấp này.");
        }
    }

    private void apply(Unit unit, String code, String name, UnitType type, Long parentId, Long formerDistrictId,
            Collection<Long> predecessorIds) {
        if (type.level != unit.level) {
            throw ProblemException.invalid("type", "Loại " + type + " không thuộc cấp " + unit.level + ".");
        }
        Unit parent = unit.level == UnitLevel.PROVINCE ? country(parentId) : referenced("parentId", parentId);
        if (!unit.level.acceptsParent(parent == null ? null : parent.level)) {
            throw ProblemException.invalid("parentId", "Đơn vị cấp " + unit.level + " không thể thuộc "
                    + (parent == null ? "không đơn vị nào" : "đơn vị cấp " + parent.level) + ".");
        }
        Unit formerDistrict = referenced("formerDistrictId", formerDistrictId);
        if (formerDistrict != null && (unit.level != UnitLevel.COMMUNE || formerDistrict.level != UnitLevel.DISTRICT)) {
            throw ProblemException.invalid("formerDistrictId", "Chỉ xã/phường mới liên kết với một huyện cũ.");
        }
        LinkedHashSet<Long> predecessors = new LinkedHashSet<>(predecessorIds == null ? List.of() : predecessorIds);
        for (Long predecessorId : predecessors) {
            Unit predecessor = referenced("predecessorIds", predecessorId);
            if (predecessor.level != unit.level || Objects.equals(predecessor.id, unit.id)) {
                throw ProblemException.invalid("predecessorIds", "Đơn vị tiền thân phải cùng cấp và khác đơn vị này.");
            }
        }
        unit.code = code.trim();
        unit.name = name.trim();
        unit.type = type;
        unit.parentId = parent == null ? null : parent.id;
        unit.formerDistrictId = formerDistrictId;
        unit.predecessorIds.clear();
        unit.predecessorIds.addAll(predecessors);
        requireValidityOrder(unit);
        requireFreeCode(unit);
    }

    /** A province's parent: the country, whether the body names it or not (a province officer does not see it). */
    private static Unit country(Long parentId) {
        Unit country = Unit.find("level", UnitLevel.COUNTRY).firstResult();
        if (parentId != null && !parentId.equals(country.id)) {
            throw ProblemException.invalid("parentId", "Tỉnh/thành phố chỉ thuộc quốc gia (đơn vị " + country.id + ").");
        }
        return country;
    }

    private Unit referenced(String field, Long id) {
        if (id == null) {
            return null;
        }
        Unit unit = caller.canSee(id) ? Unit.findById(id) : null;
        if (unit == null) {
            throw ProblemException.invalid(field, "Không tìm thấy đơn vị " + id + " trong phạm vi của bạn.");
        }
        return unit;
    }

    private static void requireVersion(Unit unit, long version) {
        if (unit.version != version) {
            throw ProblemException.of(ProblemMappers.staleVersion());
        }
    }

    private static void requireValidityOrder(Unit unit) {
        if (unit.validFrom != null && unit.validTo != null && unit.validTo.isBefore(unit.validFrom)) {
            throw ProblemException.invalid("validTo", "Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.");
        }
    }

    /** Codes are unique among units valid on the same day (the GSO reuses them across reforms). */
    private static void requireFreeCode(Unit unit) {
        StringBuilder query = new StringBuilder("code = :code and id <> :id");
        Parameters params = Parameters.with("code", unit.code).and("id", unit.id == null ? -1L : unit.id);
        if (unit.validTo != null) {
            query.append(" and (validFrom is null or validFrom <= :to)");
            params.and("to", unit.validTo);
        }
        if (unit.validFrom != null) {
            query.append(" and (validTo is null or validTo >= :from)");
            params.and("from", unit.validFrom);
        }
        if (Unit.count(query.toString(), params) > 0) {
            throw duplicateCode(unit.code);
        }
    }

    private static ProblemException duplicateCode(String code) {
        return ProblemException.conflict("duplicate-code",
                "Mã " + code + " đã được một đơn vị khác dùng trong cùng thời gian hiệu lực.");
    }

    private static Sort sort(PageParams paging) {
        String field = SORT_FIELDS.get(paging.sortField("name"));
        if (field == null) {
            throw ProblemException.invalid("sort", "Chỉ sắp xếp theo: " + String.join(", ", SORT_FIELDS.keySet()) + ".");
        }
        return Sort.by(field, paging.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending).and("id");
    }

    private static UnitPage page(PanacheQuery<Unit> query, PageParams paging) {
        List<UnitDto> items = query.page(Page.of(paging.page, paging.size)).<Unit>list().stream()
                .map(UnitDto::of).toList();
        return new UnitPage(items, query.count(), paging.page, paging.size);
    }
}
