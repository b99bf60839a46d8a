package vn.lgtq.activity;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import vn.lgtq.activity.ActivityDtos.PatrolDto;
import vn.lgtq.audit.AuditLog;
import vn.lgtq.error.ProblemException;
import vn.lgtq.paging.HamletTotals;
import vn.lgtq.paging.HamletTotals.CountedList;
import vn.lgtq.paging.PageParams;
import vn.lgtq.tip.TipService;
import vn.lgtq.unit.SearchText;

/** Patrols of the hamlets, with the commune police, sometimes by one group and sometimes leading to a tip. */
@ApplicationScoped
public class PatrolService {
    @Inject
    ActivityAccess access;

    @Inject
    HamletTotals totals;

    @Inject
    TipService tips;

    @Inject
    AuditLog audit;

    @Transactional
    public PatrolDto create(ActivityDtos.PatrolInput body) {
        ActivityAccess.Target target = access.target(body.hamletId(), body.groupId());
        if (body.endedAt() != null && !body.endedAt().isAfter(body.startedAt())) {
            throw ProblemException.invalid("endedAt", "Giờ kết thúc phải sau giờ bắt đầu.");
        }
        if (body.tipId() != null) {
            try {
                tips.visible(body.tipId());
            } catch (ProblemException e) {
                throw ProblemException.invalid("tipId", "Không tìm thấy tin báo " + body.tipId() + " trong phạm vi của bạn.");
            }
        }
        Patrol patrol = new Patrol();
        patrol.hamletId = target.hamlet().id;
        patrol.groupId = target.group() == null ? null : target.group().id;
        patrol.startedAt = body.startedAt();
        patrol.endedAt = body.endedAt();
        patrol.participants = SearchText.trimToNull(body.participants());
        patrol.area = SearchText.trimToNull(body.area());
        patrol.observations = SearchText.trimToNull(body.observations());
        patrol.tipId = body.tipId();
        patrol.recordedBy = access.username();
        patrol.recordedAt = OffsetDateTime.now();
        patrol.persist();
        audit.record("CREATE", "patrol", patrol.id, "hamlet=" + patrol.hamletId + " group=" + patrol.groupId
                + " started=" + patrol.startedAt);
        return dtos(List.of(patrol)).get(0);
    }

    /** Newest first (by start) unless sorted by startedAt ascending. */
    public ActivityDtos.PatrolPage list(ActivityFilter filter, PageParams paging) {
        Sort.Direction direction = ActivityAccess.ascending(paging, "startedAt")
                ? Sort.Direction.Ascending : Sort.Direction.Descending;
        ActivityAccess.Where where = access.where(filter);
        ZoneId zone = ZoneId.systemDefault();
        if (filter.from != null) {
            where.and("startedAt >= :from", "from", filter.from.atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.to != null) {
            where.and("startedAt < :to", "to", filter.to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        PanacheQuery<Patrol> query = Patrol.find(where.text(), Sort.by("startedAt", direction).and("id", direction),
                where.params());
        List<Patrol> patrols = query.page(Page.of(paging.page, paging.size)).list();
        long total = where.scopeOnly().map(units -> totals.rows(CountedList.PATROLS, units)).orElseGet(query::count);
        return new ActivityDtos.PatrolPage(dtos(patrols), total, paging.page, paging.size);
    }

    public PatrolDto get(long id) {
        access.requireMember();
        Patrol patrol = Patrol.findById(id);
        if (patrol == null || !access.seesRecord(patrol.hamletId, patrol.groupId)) {
            throw ProblemException.notFound("Không tìm thấy chuyến tuần tra " + id + ".");
        }
        return dtos(List.of(patrol)).get(0);
    }

    private static List<PatrolDto> dtos(List<Patrol> patrols) {
        ActivityAccess.Names names = ActivityAccess.names(patrols.stream().map(p -> p.hamletId).toList(),
                patrols.stream().map(p -> p.groupId).toList());
        return patrols.stream().map(p -> new PatrolDto(p.id, p.hamletId, names.hamlets().get(p.hamletId), p.groupId,
                names.group(p.groupId), p.startedAt, p.endedAt, p.participants, p.area, p.observations, p.tipId,
                p.recordedBy, p.recordedAt)).toList();
    }
}
