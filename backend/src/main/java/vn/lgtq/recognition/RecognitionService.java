package vn.lgtq.recognition;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lgtq.audit.AuditLog;
import vn.lgtq.error.ProblemException;
import vn.lgtq.group.Group;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.CallerScope;
import vn.lgtq.unit.SearchText;
import vn.lgtq.unit.Unit;

/**
 * Recognitions of exemplary groups and people. Officers record them; the people who run the groups read those
 * of their scope (a group leader: its own group's and its hamlet's people).
 */
@ApplicationScoped
public class RecognitionService {
    private static final String ENTITY = "recognition";
    /** Recorded under a unit of :units, or for a group of a hamlet of :units. */
    private static final String IN_UNITS = "(unitId in :units or groupId in (select g.id from Group g"
            + " where g.hamletId in :units))";
    /** A group leader's: not about another group than its own. */
    private static final String NOT_OTHER_GROUPS = "(groupId is null or groupId in :ownGroups)";

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    /** Newest year first. */
    public RecognitionDtos.Page list(RecognitionFilter filter, PageParams paging) {
        requireReader();
        if (paging.sort != null && !paging.sortField("year").equals("year")) {
            throw ProblemException.invalid("sort", "Chỉ sắp xếp theo: year.");
        }
        StringBuilder where = new StringBuilder(IN_UNITS);
        Map<String, Object> params = new HashMap<>();
        params.put("units", filter.unitId == null ? caller.unitIds() : caller.unitIdsBelow(filter.unitId));
        if (caller.limitedToOwnGroup()) {
            where.append(" and ").append(NOT_OTHER_GROUPS);
            params.put("ownGroups", caller.ownGroupIds());
        }
        if (filter.year != null) {
            where.append(" and recognitionYear = :year");
            params.put("year", filter.year);
        }
        Sort.Direction direction = paging.sort != null && !paging.descending() ? Sort.Direction.Ascending
                : Sort.Direction.Descending;
        PanacheQuery<Recognition> query = Recognition.find(where.toString(),
                Sort.by("recognitionYear", direction).and("id", direction), params);
        List<Recognition> page = query.page(Page.of(paging.page, paging.size)).list();
        return new RecognitionDtos.Page(dtos(page), query.count(), paging.page, paging.size);
    }

    public RecognitionDtos.Dto get(long id) {
        requireReader();
        Recognition recognition = Recognition.findById(id);
        if (recognition == null || !sees(recognition)) {
            throw ProblemException.notFound("Không tìm thấy khen thưởng " + id + ".");
        }
        return dtos(List.of(recognition)).get(0);
    }

    @Transactional
    public RecognitionDtos.Dto create(RecognitionDtos.Create body) {
        if (!caller.isOfficer()) {
            throw ProblemException.forbidden("Chỉ cán bộ công an ghi khen thưởng.");
        }
        Set<Long> below = caller.unitIdsBelow(body.unitId());
        Unit unit = Unit.findById(body.unitId());
        String person = SearchText.trimToNull(body.personName());
        if (body.groupId() == null && person == null) {
            throw ProblemException.invalid("personName", "Ghi tên người được khen thưởng, hoặc chọn nhóm.");
        }
        Group group = null;
        if (body.groupId() != null) {
            group = Group.findById(body.groupId());
            if (group == null || !below.contains(group.hamletId)) {
                throw ProblemException.invalid("groupId", "Chọn một nhóm thuộc " + unit.name + ".");
            }
        }
        if (body.year() > LocalDate.now().getYear()) {
            throw ProblemException.invalid("year", "Năm khen thưởng không được ở tương lai.");
        }
        Recognition recognition = new Recognition();
        recognition.unitId = unit.id;
        recognition.groupId = group == null ? null : group.id;
        recognition.personName = person;
        recognition.recognitionYear = body.year();
        recognition.level = body.level();
        recognition.reason = body.reason().trim();
        recognition.recordedBy = caller.username();
        recognition.recordedAt = OffsetDateTime.now();
        recognition.persistAndFlush();
        audit.record("CREATE", ENTITY, recognition.id, unit.id + " " + recognition.recognitionYear + " "
                + recognition.level + (group == null ? "" : " group=" + group.id)
                + (person == null ? "" : " person=" + person));
        return dtos(List.of(recognition)).get(0);
    }

    private boolean sees(Recognition r) {
        Group group = r.groupId == null ? null : Group.findById(r.groupId);
        boolean inScope = caller.canSee(r.unitId) || group != null && caller.canSee(group.hamletId);
        return inScope && (!caller.limitedToOwnGroup() || group == null
                || caller.leadsGroup(group.id));
    }

    private void requireReader() {
        if (!caller.worksWithGroups()) {
            throw ProblemException.forbidden("Vai trò của bạn không xem danh sách khen thưởng.");
        }
    }

    private static List<RecognitionDtos.Dto> dtos(List<Recognition> recognitions) {
        Set<Long> groupIds = new HashSet<>();
        recognitions.forEach(r -> groupIds.add(r.groupId));
        groupIds.remove(null);
        Map<Long, String> groups = groupIds.isEmpty() ? Map.of() : Group.<Group>list("id in ?1", groupIds).stream()
                .collect(Collectors.toMap(g -> g.id, g -> g.name));
        Map<Long, String> units = Unit.namesOf(recognitions.stream().map(r -> r.unitId).collect(Collectors.toSet()));
        return recognitions.stream().map(r -> new RecognitionDtos.Dto(r.id, r.unitId, units.get(r.unitId), r.groupId,
                r.groupId == null ? null : groups.get(r.groupId), r.personName, r.recognitionYear, r.level, r.reason,
                r.recordedBy, r.recordedAt)).toList();
    }
}
