package vn.lgtq.tip;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.lgtq.audit.AuditLog;
import vn.lgtq.error.ProblemException;
import vn.lgtq.error.ProblemMappers;
import vn.lgtq.paging.PageParams;
import vn.lgtq.persistence.ReadOnlyTransaction;
import vn.lgtq.security.CallerScope;
import vn.lgtq.tip.TipDtos.Detail;
import vn.lgtq.tip.TipDtos.Summary;
import vn.lgtq.unit.ScopeFunctions;
import vn.lgtq.unit.SearchText;
import vn.lgtq.unit.Unit;
import vn.lgtq.unit.UnitLevel;

/**
 * Tips of logged-in users: filing, the officers' inbox and triage. Officers see the tips handled by or
 * copied to units in their scope; everybody else sees only the tips they filed. The informant leaves
 * this class only through {@link #revealInformant}, which is audited.
 */
@ApplicationScoped
public class TipService {
    private static final Map<String, String> SORT_FIELDS = Map.of("createdAt", "createdAt", "occurredAt", "occurredAt",
            "status", "status", "category", "category");

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Inject
    InformantCipher cipher;

    @Inject
    TipConfig config;

    @Inject
    TipViews views;

    @Inject
    EntityManager em;

    /** In a transaction: its statements are planned for the caller's units (see {@link ScopeFunctions}). */
    @ReadOnlyTransaction
    public TipDtos.Page list(TipFilter filter, PageParams paging) {
        requirePerson();
        String field = SORT_FIELDS.get(paging.sortField("createdAt"));
        if (field == null) {
            throw ProblemException.invalid("sort", "Chỉ sắp xếp theo: " + String.join(", ", SORT_FIELDS.keySet()) + ".");
        }
        boolean ascending = paging.sort != null && !paging.descending();
        PanacheQuery<Tip> query = query(filter,
                Sort.by(field, ascending ? Sort.Direction.Ascending : Sort.Direction.Descending).and("id"));
        List<Tip> tips = query.page(Page.of(paging.page, paging.size)).list();
        return new TipDtos.Page(views.summaries(tips, caller.username()), query.count(), paging.page, paging.size);
    }

    /** The tips of the list: the caller's scope (narrowed by the filter's unit) and the filter, in this order. */
    PanacheQuery<Tip> query(TipFilter filter, Sort sort) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        if (caller.isOfficer()) {
            where.append("(in_scope(primaryUnitId, :units)"
                    + " or id in (select t.id from Tip t join t.copyUnitIds c where in_scope(c, :units)))");
            params.put("units", ScopeFunctions.ids(filter.unitId == null ? caller.unitIds()
                    : caller.unitIdsBelow(filter.unitId)));
            ScopeFunctions.planForTheIds(em);
        } else {
            where.append("reporterUsername = :me");
            params.put("me", caller.username());
        }
        if (filter.status != null) {
            where.append(" and status = :status");
            params.put("status", filter.status);
        }
        if (filter.category != null) {
            where.append(" and category = :category");
            params.put("category", filter.category);
        }
        if (Boolean.TRUE.equals(filter.overdue)) {
            where.append(" and status = :new and createdAt < :due");
            params.put("new", TipStatus.NEW);
            params.put("due", overdueBefore());
        }
        if (filter.assignee != null && !filter.assignee.isBlank()) {
            where.append(" and assignee = :assignee");
            params.put("assignee", filter.assignee.trim());
        }
        return Tip.find(where.toString(), sort, params);
    }

    public Detail get(long id) {
        requirePerson();
        return views.detail(visible(id), caller.username(), caller.isOfficer());
    }

    /** The tip, if the caller may see it: officers in scope of its unit or a copy, else only its filer. */
    public Tip visible(long id) {
        Tip tip = Tip.findById(id);
        boolean seen = tip != null && (caller.isOfficer()
                ? caller.canSee(tip.primaryUnitId) || tip.copyUnitIds.stream().anyMatch(caller::canSee)
                : Objects.equals(tip.reporterUsername, caller.username()));
        if (!seen) {
            throw ProblemException.notFound("Không tìm thấy tin báo " + id + ".");
        }
        return tip;
    }

    @Transactional
    public Detail create(TipDtos.Create body) {
        if (!caller.worksWithGroups()) {
            throw ProblemException.forbidden("Vai trò của bạn không gửi tin báo.");
        }
        Unit hamlet = caller.canSee(body.hamletId()) ? Unit.findById(body.hamletId()) : null;
        if (hamlet == null || hamlet.level != UnitLevel.HAMLET || hamlet.validTo != null) {
            throw ProblemException.invalid("hamletId", "Chọn một thôn, tổ dân phố trong phạm vi của bạn.");
        }
        Tip tip = newTip(hamlet, body.category(), body.occurredAt(), body.locationText(), body.description());
        tip.latitude = body.latitude();
        tip.longitude = body.longitude();
        tip.source = body.source();
        tip.reporterUsername = caller.username();
        String name = SearchText.trimToNull(body.informantName());
        String contact = SearchText.trimToNull(body.informantContact());
        if (body.source() == TipSource.INFORMANT) {
            if (name == null) {
                throw ProblemException.invalid("informantName", "Nhập họ tên người cung cấp tin.");
            }
        } else if (name != null || contact != null) {
            throw ProblemException.invalid("source", "Chỉ ghi người cung cấp tin khi nguồn tin là INFORMANT.");
        } else if (body.source() == TipSource.CITIZEN) {
            throw ProblemException.invalid("source", "Nguồn CITIZEN chỉ dành cho trang công khai.");
        }
        tip.persist();
        if (name != null) {
            // Sealed once the row has its id: the ciphertext is bound to this tip and opens in no other row.
            tip.informantCiphertext = cipher.encrypt(new InformantCipher.Informant(name, contact), tip.id);
        }
        TipEvent.of(tip, caller.username(), TipEvent.Kind.FILED, null, true).persist();
        audit.record("CREATE", "tip", tip.id, tip.category + " source=" + tip.source);
        return views.detail(tip, caller.username(), caller.isOfficer());
    }

    /** A tip in its hamlet's commune, status new. */
    static Tip newTip(Unit hamlet, TipCategory category, OffsetDateTime occurredAt, String locationText,
            String description) {
        Tip tip = new Tip();
        tip.hamletId = hamlet.id;
        tip.primaryUnitId = hamlet.parentId;
        tip.category = category;
        tip.occurredAt = occurredAt;
        tip.locationText = SearchText.trimToNull(locationText);
        tip.description = description.trim();
        tip.status = TipStatus.NEW;
        tip.createdAt = OffsetDateTime.now();
        return tip;
    }

    @Transactional
    public Detail transition(long id, TipDtos.Transition body) {
        Tip tip = handled(id, body.version());
        if (!tip.status.next().contains(body.to())) {
            throw ProblemException.conflict("invalid-transition",
                    "Không thể chuyển tin báo từ " + tip.status + " sang " + body.to() + ".");
        }
        if (body.to() == TipStatus.CLOSED) {
            if (body.outcome() == null) {
                throw ProblemException.invalid("outcome", "Chọn kết quả khi đóng tin báo.");
            }
            if (body.outcome() == TipOutcome.DUPLICATE) {
                if (body.duplicateOfId() == null || body.duplicateOfId() == id) {
                    throw ProblemException.invalid("duplicateOfId", "Chọn tin báo gốc mà tin này trùng lặp.");
                }
                visible(body.duplicateOfId());
            } else if (body.duplicateOfId() != null) {
                throw ProblemException.invalid("duplicateOfId", "Chỉ ghi tin báo gốc khi kết quả là trùng lặp.");
            }
            tip.outcome = body.outcome();
            tip.duplicateOfId = body.duplicateOfId();
            tip.closedAt = OffsetDateTime.now();
        } else if (body.outcome() != null || body.duplicateOfId() != null) {
            throw ProblemException.invalid("outcome", "Kết quả chỉ ghi khi đóng tin báo.");
        }
        if (tip.status == TipStatus.NEW) {
            tip.triagedAt = OffsetDateTime.now();
        }
        TipEvent event = TipEvent.of(tip, caller.username(), TipEvent.Kind.STATUS, SearchText.trimToNull(body.comment()),
                true);
        event.fromStatus = tip.status;
        event.toStatus = body.to();
        event.persist();
        tip.status = body.to();
        audit.record("TRANSITION", "tip", tip.id, event.fromStatus + "->" + event.toStatus
                + (tip.outcome == null ? "" : " " + tip.outcome));
        return saved(tip);
    }

    @Transactional
    public Detail assign(long id, TipDtos.Assignment body) {
        Tip tip = handled(id, body.version());
        tip.assignee = SearchText.trimToNull(body.assignee());
        TipEvent.of(tip, caller.username(), TipEvent.Kind.ASSIGNED,
                describe("→ " + (tip.assignee == null ? "-" : tip.assignee), body.comment()), false).persist();
        audit.record("ASSIGN", "tip", tip.id, String.valueOf(tip.assignee));
        return saved(tip);
    }

    /** Hands the tip to another commune; the commune that had it keeps a copy for information. */
    @Transactional
    public Detail forward(long id, TipDtos.Forwarding body) {
        Tip tip = handled(id, body.version());
        Unit target = Unit.findById(body.primaryUnitId());
        if (target == null || target.level != UnitLevel.COMMUNE || target.validTo != null) {
            throw ProblemException.invalid("primaryUnitId", "Chọn một xã, phường đang hoạt động.");
        }
        Set<Long> copies = new HashSet<>(body.copyUnitIds() == null ? Set.of() : body.copyUnitIds());
        for (Long copy : copies) {
            Unit unit = Unit.findById(copy);
            if (unit == null || unit.validTo != null) {
                throw ProblemException.invalid("copyUnitIds", "Không tìm thấy đơn vị " + copy + " đang hoạt động.");
            }
        }
        if (!Objects.equals(tip.primaryUnitId, target.id)) {
            copies.add(tip.primaryUnitId);
        }
        copies.remove(target.id);
        tip.primaryUnitId = target.id;
        tip.copyUnitIds.addAll(copies);
        tip.copyUnitIds.remove(target.id);
        TipEvent.of(tip, caller.username(), TipEvent.Kind.FORWARDED, describe("→ " + target.name, body.comment()), false)
                .persist();
        audit.record("FORWARD", "tip", tip.id, "primary=" + target.id + " copies=" + tip.copyUnitIds);
        return saved(tip);
    }

    /** What came of it, credited to the unit that handles the tip. */
    @Transactional
    public Detail results(long id, TipDtos.Results body) {
        Tip tip = handled(id, body.version());
        if (tip.status != TipStatus.ACTIONED && tip.status != TipStatus.CLOSED) {
            throw ProblemException.conflict("invalid-transition", "Chỉ ghi kết quả xử lý khi tin báo đã được xử lý hoặc đã đóng.");
        }
        tip.arrestsOrCases = body.arrestsOrCases();
        tip.propertyRecovered = SearchText.trimToNull(body.propertyRecovered());
        tip.handedToAgency = SearchText.trimToNull(body.handedToAgency());
        TipEvent.of(tip, caller.username(), TipEvent.Kind.RESULT,
                describe("arrestsOrCases=" + tip.arrestsOrCases, body.comment()), false).persist();
        audit.record("RESULT", "tip", tip.id, "arrestsOrCases=" + tip.arrestsOrCases);
        return saved(tip);
    }

    /** An officer's question to whoever reported the tip, or the filer's answer or added information. */
    @Transactional
    public Detail message(long id, TipDtos.Message body) {
        Tip tip = visible(id);
        boolean officer = caller.isOfficer();
        if (officer) {
            requireHandler(tip);
        }
        TipEvent.Kind kind = officer ? TipEvent.Kind.QUESTION : TipEvent.Kind.REPORTER_MESSAGE;
        TipEvent.of(tip, caller.username(), kind, body.text().trim(), true).persist();
        audit.record(kind.name(), "tip", tip.id, null);
        return views.detail(tip, caller.username(), officer);
    }

    @Transactional
    public void markRead(long id) {
        Tip tip = visible(id);
        em.createNativeQuery("INSERT INTO tip_read (tip_id, username) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, tip.id).setParameter(2, caller.username()).executeUpdate();
    }

    /** The informant's name and contact, for an officer who gives a reason; every reveal is audited. */
    @Transactional
    public TipDtos.Informant revealInformant(long id, TipDtos.RevealRequest body) {
        requireOfficer();
        Tip tip = visible(id);
        requireHandler(tip);
        if (tip.informantCiphertext == null) {
            throw ProblemException.notFound("Tin báo này không có người cung cấp tin được ghi tên.");
        }
        audit.record("REVEAL_INFORMANT", "tip", tip.id, body.reason().trim());
        InformantCipher.Informant informant = cipher.decrypt(tip.informantCiphertext, tip.id);
        return new TipDtos.Informant(informant.name(), informant.contact());
    }

    public TipDtos.Inbox inbox() {
        requireOfficer();
        Set<Long> units = caller.unitIds();
        String me = caller.username();
        long fresh = Tip.count("primaryUnitId in ?1 and status = ?2", units, TipStatus.NEW);
        long unread = ((Number) em.createNativeQuery("""
                SELECT count(*) FROM tip t WHERE t.primary_unit_id IN (?1) AND t.status = 'NEW'
                AND NOT EXISTS (SELECT 1 FROM tip_read r WHERE r.tip_id = t.id AND r.username = ?2)""")
                .setParameter(1, units).setParameter(2, me).getSingleResult()).longValue();
        long overdue = Tip.count("primaryUnitId in ?1 and status = ?2 and createdAt < ?3", units, TipStatus.NEW,
                overdueBefore());
        return new TipDtos.Inbox(fresh, unread, overdue);
    }

    OffsetDateTime overdueBefore() {
        return OffsetDateTime.now().minusHours(config.triageHours());
    }

    /** A tip the caller handles (officer in scope of its primary unit), at the version the caller saw. */
    private Tip handled(long id, long version) {
        requireOfficer();
        Tip tip = visible(id);
        requireHandler(tip);
        if (tip.version != version) {
            throw ProblemException.of(ProblemMappers.staleVersion());
        }
        return tip;
    }

    private void requireHandler(Tip tip) {
        if (!caller.canSee(tip.primaryUnitId)) {
            throw ProblemException.forbidden("Tin báo này do đơn vị khác xử lý; bạn chỉ nhận bản sao để biết.");
        }
    }

    /** Tips are read by the people who file or handle them; systems read the figures only. */
    private void requirePerson() {
        if (!caller.worksWithGroups()) {
            throw ProblemException.forbidden("Vai trò của bạn chỉ xem số liệu tổng hợp tin báo.");
        }
    }

    private void requireOfficer() {
        if (!caller.isOfficer()) {
            throw ProblemException.forbidden("Chỉ cán bộ công an được xử lý tin báo.");
        }
    }

    private Detail saved(Tip tip) {
        Tip.flush();
        return views.detail(tip, caller.username(), true);
    }

    private static String describe(String what, String comment) {
        String text = SearchText.trimToNull(comment);
        return text == null ? what : what + ": " + text;
    }
}
