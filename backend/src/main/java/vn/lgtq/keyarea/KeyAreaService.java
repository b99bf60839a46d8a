package vn.lgtq.keyarea;

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
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.lgtq.audit.AuditLog;
import vn.lgtq.error.ProblemException;
import vn.lgtq.error.ProblemMappers;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.CallerScope;
import vn.lgtq.unit.SearchText;
import vn.lgtq.unit.Unit;
import vn.lgtq.unit.UnitLevel;

/** The register of key complex areas: officers list, record and update those of their scope. */
@ApplicationScoped
public class KeyAreaService {
    private static final Map<String, String> SORT_FIELDS = Map.of(
            "listedOn", "listedOn", "transformedOn", "transformedOn", "name", "name");
    private static final String ENTITY = "key-area";

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    /** Newest listed first unless sorted otherwise (sort listedOn, transformedOn or name, "-" for descending). */
    public KeyAreaDtos.Page list(KeyAreaFilter filter, PageParams paging) {
        requireOfficer();
        String field = SORT_FIELDS.get(paging.sortField("listedOn"));
        if (field == null) {
            throw ProblemException.invalid("sort", "Chỉ sắp xếp theo: " + String.join(", ", SORT_FIELDS.keySet()) + ".");
        }
        StringBuilder where = new StringBuilder("unitId in :units");
        Map<String, Object> params = new HashMap<>();
        params.put("units", filter.unitId == null ? caller.unitIds() : caller.unitIdsBelow(filter.unitId));
        if (filter.transformed != null) {
            where.append(filter.transformed ? " and transformedOn is not null" : " and transformedOn is null");
        }
        Sort.Direction direction = paging.sort != null && !paging.descending() ? Sort.Direction.Ascending
                : Sort.Direction.Descending;
        PanacheQuery<KeyArea> query = KeyArea.find(where.toString(),
                Sort.by(field, direction, Sort.NullPrecedence.NULLS_LAST).and("id", direction), params);
        List<KeyArea> areas = query.page(Page.of(paging.page, paging.size)).list();
        Map<Long, Unit> units = areas.isEmpty() ? Map.of() : Unit.<Unit>list("id in ?1", areas.stream()
                .map(a -> a.unitId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(u -> u.id, Function.identity()));
        return new KeyAreaDtos.Page(areas.stream().map(a -> dto(a, units.get(a.unitId))).toList(), query.count(),
                paging.page, paging.size);
    }

    public KeyAreaDtos.Dto get(long id) {
        requireOfficer();
        KeyArea area = visible(id);
        return dto(area, Unit.findById(area.unitId));
    }

    @Transactional
    public KeyAreaDtos.Dto create(KeyAreaDtos.Create body) {
        requireOfficer();
        Unit unit = unit(body.unitId());
        requireOrdered(body.listedOn(), body.transformedOn());
        KeyArea area = new KeyArea();
        apply(area, unit, body.name(), body.problem(), body.listedOn(), body.transformedOn(), body.note());
        area.persistAndFlush();
        audit.record("CREATE", ENTITY, area.id, unit.id + " " + area.name + " listedOn=" + area.listedOn
                + (area.transformedOn == null ? "" : " transformedOn=" + area.transformedOn));
        return dto(area, unit);
    }

    @Transactional
    public KeyAreaDtos.Dto update(long id, KeyAreaDtos.Update body) {
        requireOfficer();
        KeyArea area = visible(id);
        if (area.version != body.version()) {
            throw ProblemException.of(ProblemMappers.staleVersion());
        }
        Unit unit = unit(body.unitId());
        requireOrdered(body.listedOn(), body.transformedOn());
        apply(area, unit, body.name(), body.problem(), body.listedOn(), body.transformedOn(), body.note());
        area.persistAndFlush();
        audit.record("UPDATE", ENTITY, area.id, unit.id + " " + area.name + " listedOn=" + area.listedOn
                + " transformedOn=" + area.transformedOn);
        return dto(area, unit);
    }

    private void apply(KeyArea area, Unit unit, String name, String problem, LocalDate listedOn,
            LocalDate transformedOn, String note) {
        area.unitId = unit.id;
        area.name = name.trim();
        area.problem = SearchText.trimToNull(problem);
        area.listedOn = listedOn;
        area.transformedOn = transformedOn;
        area.note = SearchText.trimToNull(note);
        area.recordedBy = caller.username();
        area.recordedAt = OffsetDateTime.now();
    }

    /** The key area, if its unit lies in the caller's scope. */
    private KeyArea visible(long id) {
        KeyArea area = KeyArea.findById(id);
        if (area == null || !caller.canSee(area.unitId)) {
            throw ProblemException.notFound("Không tìm thấy địa bàn trọng điểm " + id + ".");
        }
        return area;
    }

    /** A commune or hamlet of the caller's scope: 404 outside it, 400 for another level. */
    private Unit unit(long unitId) {
        Unit unit = caller.canSee(unitId) ? Unit.findById(unitId) : null;
        if (unit == null) {
            throw ProblemException.notFound("Không tìm thấy đơn vị hành chính " + unitId + ".");
        }
        if (unit.level != UnitLevel.COMMUNE && unit.level != UnitLevel.HAMLET) {
            throw ProblemException.invalid("unitId", "Địa bàn trọng điểm thuộc một xã hoặc một thôn, tổ dân phố.");
        }
        return unit;
    }

    private static void requireOrdered(LocalDate listedOn, LocalDate transformedOn) {
        if (transformedOn != null && transformedOn.isBefore(listedOn)) {
            throw ProblemException.invalid("transformedOn", "Ngày chuyển hóa phải từ ngày đưa vào danh sách ("
                    + listedOn + ") trở đi.");
        }
    }

    private void requireOfficer() {
        if (!caller.isOfficer()) {
            throw ProblemException.forbidden("Chỉ cán bộ công an xem và ghi danh sách địa bàn trọng điểm.");
        }
    }

    private static KeyAreaDtos.Dto dto(KeyArea a, Unit unit) {
        return new KeyAreaDtos.Dto(a.id, a.unitId, unit == null ? null : unit.name, unit == null ? null : unit.level,
                a.name, a.problem, a.listedOn, a.transformedOn, a.transformedOn != null, a.note, a.recordedBy,
                a.recordedAt, a.version);
    }
}
