package vn.lgtq.activity;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import vn.lgtq.activity.ActivityDtos.PropagandaDto;
import vn.lgtq.audit.AuditLog;
import vn.lgtq.error.ProblemException;
import vn.lgtq.paging.HamletTotals;
import vn.lgtq.paging.HamletTotals.CountedList;
import vn.lgtq.paging.PageParams;
import vn.lgtq.unit.SearchText;

/** Propaganda sessions: the law spread at meetings, over the hamlet loudspeakers and door to door. */
@ApplicationScoped
public class PropagandaService {
    @Inject
    ActivityAccess access;

    @Inject
    HamletTotals totals;

    @Inject
    AuditLog audit;

    @Transactional
    public PropagandaDto create(ActivityDtos.PropagandaInput body) {
        ActivityAccess.Target target = access.target(body.hamletId(), body.groupId());
        PropagandaSession session = new PropagandaSession();
        session.hamletId = target.hamlet().id;
        session.groupId = target.group() == null ? null : target.group().id;
        session.heldOn = body.heldOn();
        session.topic = body.topic().trim();
        session.channel = body.channel();
        session.audience = body.audience();
        session.notes = SearchText.trimToNull(body.notes());
        session.recordedBy = access.username();
        session.recordedAt = OffsetDateTime.now();
        session.persist();
        audit.record("CREATE", "propaganda-session", session.id, session.channel + " " + session.heldOn
                + " hamlet=" + session.hamletId + " group=" + session.groupId);
        return dtos(List.of(session)).get(0);
    }

    /** Newest first unless sorted by heldOn ascending. */
    public ActivityDtos.PropagandaPage list(ActivityFilter filter, PropagandaChannel channel, PageParams paging) {
        Sort.Direction direction = ActivityAccess.ascending(paging, "heldOn")
                ? Sort.Direction.Ascending : Sort.Direction.Descending;
        ActivityAccess.Where where = access.where(filter);
        if (filter.from != null) {
            where.and("heldOn >= :from", "from", filter.from);
        }
        if (filter.to != null) {
            where.and("heldOn <= :to", "to", filter.to);
        }
        if (channel != null) {
            where.and("channel = :channel", "channel", channel);
        }
        PanacheQuery<PropagandaSession> query = PropagandaSession.find(where.text(),
                Sort.by("heldOn", direction).and("id", direction), where.params());
        List<PropagandaSession> sessions = query.page(Page.of(paging.page, paging.size)).list();
        long total = where.scopeOnly().map(units -> totals.rows(CountedList.PROPAGANDA_SESSIONS, units))
                .orElseGet(query::count);
        return new ActivityDtos.PropagandaPage(dtos(sessions), total, paging.page, paging.size);
    }

    public PropagandaDto get(long id) {
        access.requireMember();
        PropagandaSession session = PropagandaSession.findById(id);
        if (session == null || !access.seesRecord(session.hamletId, session.groupId)) {
            throw ProblemException.notFound("Không tìm thấy buổi tuyên truyền " + id + ".");
        }
        return dtos(List.of(session)).get(0);
    }

    private static List<PropagandaDto> dtos(List<PropagandaSession> sessions) {
        ActivityAccess.Names names = ActivityAccess.names(sessions.stream().map(s -> s.hamletId).toList(),
                sessions.stream().map(s -> s.groupId).toList());
        return sessions.stream().map(s -> new PropagandaDto(s.id, s.hamletId, names.hamlets().get(s.hamletId),
                s.groupId, names.group(s.groupId), s.heldOn, s.topic, s.channel, s.audience, s.notes, s.recordedBy,
                s.recordedAt)).toList();
    }
}
