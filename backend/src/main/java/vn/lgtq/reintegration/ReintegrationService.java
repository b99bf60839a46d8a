package vn.lgtq.reintegration;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.lgtq.audit.AuditLog;
import vn.lgtq.reintegration.ReintegrationCipher.Text;
import vn.lgtq.error.ProblemException;
import vn.lgtq.group.Group;
import vn.lgtq.group.GroupStatus;
import vn.lgtq.household.Household;
import vn.lgtq.household.Person;
import vn.lgtq.paging.PageParams;
import vn.lgtq.reintegration.ReintegrationAccess.Level;
import vn.lgtq.reintegration.ReintegrationDtos.Detail;
import vn.lgtq.security.CallerScope;
import vn.lgtq.security.Roles;
import vn.lgtq.unit.SearchText;
import vn.lgtq.unit.Unit;
import vn.lgtq.unit.UnitLevel;

/**
 * Reintegration cases: opened and managed by the police of the person's commune, followed by the responsible
 * group and hamlet leaders. Every read of a full view and every break-glass grant goes to the audit trail.
 */
@ApplicationScoped
public class ReintegrationService {
    private static final String ENTITY = "reintegration-case";

    @Inject
    CallerScope caller;

    @Inject
    ReintegrationAccess access;

    @Inject
    ReintegrationCipher cipher;

    @Inject
    ReintegrationConfig config;

    @Inject
    ReintegrationViews views;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Transactional
    public Detail create(ReintegrationDtos.Create body) {
        access.requireOfficer();
        Unit hamlet = caller.canSee(body.hamletId()) ? Unit.findById(body.hamletId()) : null;
        if (hamlet == null || hamlet.level != UnitLevel.HAMLET || hamlet.validTo != null) {
            throw ProblemException.invalid("hamletId", "Chọn một thôn, tổ dân phố trong phạm vi của bạn.");
        }
        notInFuture("startedOn", body.startedOn());
        endsAfterStart(body.startedOn(), body.plannedEndOn());
        ReintegrationCase c = new ReintegrationCase();
        c.communeId = hamlet.parentId;
        c.hamletId = hamlet.id;
        c.groupId = groupOf(hamlet.id, body.groupId()).id;
        ReintegrationCipher.Identity identity = identity(body, hamlet.id);
        c.personId = body.personId();
        c.identityCiphertext = new byte[0]; // NOT NULL: sealed below, once the row has its id to bind it to
        c.citizenIdHash = cipher.citizenIdHash(identity.citizenId());
        c.category = body.category();
        c.supportLevel = body.supportLevel();
        c.startedOn = body.startedOn();
        c.plannedEndOn = body.plannedEndOn();
        c.responsibleOfficer = Objects.requireNonNullElse(SearchText.trimToNull(body.responsibleOfficer()), caller.username());
        c.status = ReintegrationStatus.ACTIVE;
        c.statusSince = body.startedOn();
        c.reschedule(config);
        c.persist();
        c.identityCiphertext = cipher.seal(identity, c.id);
        c.historyCiphertext = cipher.sealText(SearchText.trimToNull(body.history()), Text.HISTORY, c.id);
        replaceHelpers(c, body.helpers());
        event(c, ReintegrationStatus.ACTIVE, body.startedOn(), null, null, null);
        audit.record("CREATE", ENTITY, c.id, c.category + " level=" + c.supportLevel);
        return views.detail(c, Level.MANAGE);
    }

    @Transactional
    public Detail update(long id, ReintegrationDtos.Update body) {
        ReintegrationCase c = access.managed(id, body.version());
        if (body.hamletId() != null && !body.hamletId().equals(c.hamletId)) {
            Unit hamlet = Unit.findById(body.hamletId());
            if (hamlet == null || hamlet.level != UnitLevel.HAMLET || hamlet.validTo != null
                    || !Objects.equals(hamlet.parentId, c.communeId)) {
                throw ProblemException.invalid("hamletId", "Chọn một thôn, tổ dân phố của xã đang theo dõi hồ sơ.");
            }
            c.hamletId = hamlet.id;
            c.groupId = null;
        }
        if (body.groupId() != null) {
            if (c.hamletId == null) {
                throw ProblemException.invalid("hamletId", "Chọn thôn, tổ trước khi giao nhóm phụ trách.");
            }
            c.groupId = groupOf(c.hamletId, body.groupId()).id;
        }
        endsAfterStart(c.startedOn, body.plannedEndOn());
        c.category = body.category();
        c.plannedEndOn = body.plannedEndOn();
        c.supportLevel = body.supportLevel();
        c.responsibleOfficer = SearchText.trimToNull(body.responsibleOfficer());
        if (body.history() != null) {
            c.historyCiphertext = cipher.sealText(SearchText.trimToNull(body.history()), Text.HISTORY, c.id);
        }
        if (body.helpers() != null) {
            replaceHelpers(c, body.helpers());
        }
        c.reschedule(config);
        audit.record("UPDATE", ENTITY, c.id, c.category + " level=" + c.supportLevel);
        return saved(c, Level.MANAGE);
    }

    @Transactional
    public Detail plan(long id, ReintegrationDtos.Plan body) {
        ReintegrationCase c = access.managed(id, body.version());
        c.planJson = views.planJson(body.goals());
        audit.record("PLAN", ENTITY, c.id, (body.goals() == null ? 0 : body.goals().size()) + " goals");
        return saved(c, Level.MANAGE);
    }

    /** A visit or contact, by the officers or the responsible leaders (not under a break-glass grant). */
    @Transactional
    public Detail contact(long id, ReintegrationDtos.ContactInput body) {
        ReintegrationCase c = access.visible(id);
        Level level = access.of(c);
        if (level == Level.BREAK_GLASS) {
            throw ProblemException.forbidden("Truy cập khẩn cấp chỉ cho phép xem hồ sơ, không được ghi.");
        }
        if (c.status != ReintegrationStatus.ACTIVE) {
            throw ProblemException.conflict("case-not-active", "Hồ sơ không còn trong thời gian theo dõi.");
        }
        if (body.contactedOn().isBefore(c.startedOn)) {
            throw ProblemException.invalid("contactedOn", "Ngày liên hệ không thể trước ngày bắt đầu theo dõi.");
        }
        CaseRecords.Contact contact = new CaseRecords.Contact();
        contact.caseId = c.id;
        contact.contactedOn = body.contactedOn();
        contact.method = body.method();
        contact.result = body.result();
        contact.recordedBy = caller.username();
        contact.recordedAt = OffsetDateTime.now();
        contact.persist();
        contact.notesCiphertext = cipher.sealText(SearchText.trimToNull(body.notes()), Text.CONTACT_NOTES, contact.id);
        if (c.lastContactOn == null || body.contactedOn().isAfter(c.lastContactOn)) {
            c.lastContactOn = body.contactedOn();
        }
        c.reschedule(config);
        audit.record("CONTACT", ENTITY, c.id, body.method() + " " + body.result());
        return saved(c, level);
    }

    /** A dated status change; MOVED_AWAY hands the case with its history to the commune the person moved to. */
    @Transactional
    public Detail status(long id, ReintegrationDtos.StatusChange body) {
        ReintegrationCase c = access.managed(id, body.version());
        if (body.on().isBefore(c.startedOn)) {
            throw ProblemException.invalid("on", "Ngày thay đổi không thể trước ngày bắt đầu theo dõi.");
        }
        if (body.status() == c.status) {
            throw ProblemException.invalid("status", "Hồ sơ đang ở tình trạng này.");
        }
        if (c.status == ReintegrationStatus.DECEASED) {
            throw ProblemException.conflict("invalid-transition", "Hồ sơ của người đã chết không thay đổi tình trạng được.");
        }
        if (body.status() == ReintegrationStatus.ACTIVE && c.groupId == null) {
            throw ProblemException.conflict("case-not-assigned", "Giao thôn, tổ và nhóm phụ trách trước khi theo dõi lại.");
        }
        Long from = null;
        Long to = null;
        if (body.status() == ReintegrationStatus.MOVED_AWAY) {
            Unit commune = body.toCommuneId() == null ? null : Unit.findById(body.toCommuneId());
            if (commune == null || commune.level != UnitLevel.COMMUNE || commune.validTo != null
                    || commune.id.equals(c.communeId)) {
                throw ProblemException.invalid("toCommuneId", "Chọn xã, phường nhận bàn giao (khác xã hiện tại).");
            }
            from = c.communeId;
            to = commune.id;
            c.communeId = commune.id;
            c.hamletId = null;
            c.groupId = null;
            em.createNativeQuery("DELETE FROM reintegration_helper WHERE case_id = ?1").setParameter(1, c.id)
                    .executeUpdate();
        } else if (body.toCommuneId() != null) {
            throw ProblemException.invalid("toCommuneId", "Chỉ ghi xã nhận bàn giao khi chuyển đi nơi khác.");
        }
        c.status = body.status();
        c.statusSince = body.on();
        event(c, body.status(), body.on(), SearchText.trimToNull(body.note()), from, to);
        audit.record("STATUS", ENTITY, c.id, body.status() + (to == null ? "" : " to=" + to));
        // After a handover the case is no longer the caller's: answer with what they may still see.
        Level level = access.of(c);
        return saved(c, level == Level.NONE ? Level.REDUCED : level);
    }

    @Transactional // a lookup by citizen ID is audited
    public ReintegrationDtos.Page list(ReintegrationFilter filter, PageParams paging) {
        access.requirePerson();
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        boolean officer = caller.isOfficer();
        if (officer) {
            // A hamlet filter matches the case's hamlet; a commune or wider unit its owning commune.
            where.append("(communeId in :units or hamletId in :units)");
            params.put("units", filter.unitId == null ? caller.unitIds() : caller.unitIdsBelow(filter.unitId));
        } else {
            // Leaders: the cases of their hamlet, or of the groups they lead.
            String ownGroups = "groupId in :ownGroups";
            params.put("ownGroups", caller.ownGroupIds());
            if (caller.hasRole(Roles.HAMLET_LEADER)) {
                where.append("(hamletId in :units or ").append(ownGroups).append(")");
                params.put("units", caller.unitIds());
            } else {
                where.append(ownGroups);
            }
        }
        if (filter.groupId != null) {
            where.append(" and groupId = :group");
            params.put("group", filter.groupId);
        }
        if (filter.status != null) {
            where.append(" and status = :status");
            params.put("status", filter.status);
        }
        if (Boolean.TRUE.equals(filter.contactOverdue)) {
            where.append(" and status = :active and nextContactDue < :today");
            params.put("active", ReintegrationStatus.ACTIVE);
            params.put("today", LocalDate.now());
        }
        if (filter.citizenId != null && !filter.citizenId.isBlank()) {
            access.requireOfficer();
            where.append(" and citizenIdHash in :hashes"); // every key's hash: found during a rotation too
            params.put("hashes", cipher.citizenIdHashes(filter.citizenId.replaceAll("\\D", "")));
            audit.record("LOOKUP_CITIZEN_ID", ENTITY, 0, null);
        }
        String field = paging.sortField("nextContactDue");
        if (!field.equals("nextContactDue") && !field.equals("startedOn")) {
            throw ProblemException.invalid("sort", "Chỉ sắp xếp theo: nextContactDue, startedOn.");
        }
        Sort sort = Sort.by(field, paging.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending).and("id");
        PanacheQuery<ReintegrationCase> query = ReintegrationCase.find(where.toString(), sort, params);
        List<ReintegrationCase> cases = query.page(Page.of(paging.page, paging.size)).list();
        return new ReintegrationDtos.Page(views.summaries(cases, officer ? CaseView.FULL : CaseView.REDUCED),
                query.count(), paging.page, paging.size);
    }

    /** One case in the caller's view; a full view is a read of sensitive data and is audited. */
    @Transactional
    public Detail get(long id) {
        ReintegrationCase c = access.visible(id);
        Level level = access.of(c);
        if (level == Level.MANAGE) {
            audit.record("READ_FULL", ENTITY, c.id, null);
        } else if (level == Level.BREAK_GLASS) {
            audit.record("READ_BREAK_GLASS", ENTITY, c.id, null);
        }
        return views.detail(c, level);
    }

    /**
     * An officer finds cases outside their scope by citizen ID, for a reason: each match becomes readable by them
     * for a limited time. The search is audited whether or not it finds anything.
     */
    @Transactional(dontRollbackOn = ProblemException.class) // the audit of a search that found nothing stays
    public ReintegrationDtos.BreakGlassGrant breakGlass(ReintegrationDtos.BreakGlassRequest body) {
        access.requireOfficer();
        String reason = body.reason().trim();
        List<ReintegrationCase> matches = ReintegrationCase.list("citizenIdHash in ?1",
                cipher.citizenIdHashes(body.citizenId()));
        audit.record("BREAK_GLASS_SEARCH", ENTITY, 0, matches.size() + " match(es): " + reason);
        if (matches.isEmpty()) {
            throw ProblemException.notFound("Không có hồ sơ nào với số CCCD này.");
        }
        OffsetDateTime expires = OffsetDateTime.now().plusMinutes(config.breakGlassMinutes());
        List<Long> ids = new ArrayList<>();
        for (ReintegrationCase c : matches) {
            ids.add(c.id);
            if (access.of(c) == Level.MANAGE) {
                continue; // already in the officer's own scope
            }
            CaseRecords.BreakGlass grant = new CaseRecords.BreakGlass();
            grant.caseId = c.id;
            grant.username = caller.username();
            grant.reason = reason;
            grant.grantedAt = OffsetDateTime.now();
            grant.expiresAt = expires;
            grant.persist();
            audit.record("BREAK_GLASS", ENTITY, c.id, reason);
        }
        return new ReintegrationDtos.BreakGlassGrant(ids, expires);
    }

    public ReintegrationDtos.AccessPage accesses(PageParams paging) {
        if (!caller.hasRole(Roles.PROVINCE_OFFICER)) {
            throw ProblemException.forbidden("Chỉ Công an tỉnh xem danh sách truy cập khẩn cấp.");
        }
        // Grants on the cases of the caller's own province only.
        PanacheQuery<CaseRecords.BreakGlass> query = CaseRecords.BreakGlass.find(
                "caseId in (select c.id from ReintegrationCase c where c.communeId in ?1)",
                Sort.descending("grantedAt", "id"), caller.unitIds());
        List<ReintegrationDtos.BreakGlassAccess> items = query.page(Page.of(paging.page, paging.size)).list().stream()
                .map(g -> new ReintegrationDtos.BreakGlassAccess(g.id, g.caseId, g.username, g.reason, g.grantedAt,
                        g.expiresAt)).toList();
        return new ReintegrationDtos.AccessPage(items, query.count(), paging.page, paging.size);
    }

    private ReintegrationCipher.Identity identity(ReintegrationDtos.Create body, long hamletId) {
        if (body.personId() != null) {
            Person person = Person.findById(body.personId());
            Household household = person == null ? null : person.household;
            if (household == null || household.hamletId != hamletId) {
                throw ProblemException.invalid("personId", "Chọn một người của hộ trong thôn, tổ này.");
            }
            Integer birthYear = person.birthYear != null ? person.birthYear
                    : person.birthDate == null ? null : person.birthDate.getYear();
            return new ReintegrationCipher.Identity(person.fullName, birthYear, person.citizenId);
        }
        String name = SearchText.trimToNull(body.fullName());
        if (name == null) {
            throw ProblemException.invalid("fullName", "Nhập họ tên, hoặc chọn một người trong hộ.");
        }
        if (body.birthYear() == null) {
            throw ProblemException.invalid("birthYear", "Nhập năm sinh.");
        }
        return new ReintegrationCipher.Identity(name, body.birthYear(), body.citizenId());
    }

    private static Group groupOf(long hamletId, Long groupId) {
        Group group = groupId == null ? null : Group.findById(groupId);
        if (group == null || group.hamletId != hamletId || group.status != GroupStatus.ACTIVE) {
            throw ProblemException.invalid("groupId", "Chọn một nhóm đang hoạt động của thôn, tổ này.");
        }
        return group;
    }

    private void replaceHelpers(ReintegrationCase c, List<ReintegrationDtos.HelperInput> helpers) {
        em.createNativeQuery("DELETE FROM reintegration_helper WHERE case_id = ?1").setParameter(1, c.id).executeUpdate();
        Set<Long> seen = new HashSet<>();
        List<ReintegrationDtos.HelperInput> list = helpers == null ? List.of() : helpers;
        for (int i = 0; i < list.size(); i++) {
            ReintegrationDtos.HelperInput helper = list.get(i);
            Household household = Household.findById(helper.householdId());
            if (household == null || !Objects.equals(household.hamletId, c.hamletId) || !seen.add(household.id)) {
                throw ProblemException.invalid("helpers[" + i + "].householdId", "Chọn các hộ khác nhau của thôn, tổ này.");
            }
            em.createNativeQuery("INSERT INTO reintegration_helper (case_id, household_id, commitment_signed_on) "
                    + "VALUES (?1, ?2, ?3)").setParameter(1, c.id).setParameter(2, household.id)
                    .setParameter(3, helper.commitmentSignedOn()).executeUpdate();
        }
    }

    private void event(ReintegrationCase c, ReintegrationStatus status, LocalDate on, String note, Long from, Long to) {
        CaseRecords.StatusEvent event = new CaseRecords.StatusEvent();
        event.caseId = c.id;
        event.status = status;
        event.on = on;
        event.actor = caller.username();
        event.fromCommuneId = from;
        event.toCommuneId = to;
        event.at = OffsetDateTime.now();
        event.persist();
        event.noteCiphertext = cipher.sealText(note, Text.STATUS_NOTE, event.id);
    }

    private Detail saved(ReintegrationCase c, Level level) {
        ReintegrationCase.flush();
        return views.detail(c, level);
    }

    private static void notInFuture(String field, LocalDate day) {
        if (day.isAfter(LocalDate.now())) {
            throw ProblemException.invalid(field, "không được ở tương lai");
        }
    }

    private static void endsAfterStart(LocalDate start, LocalDate end) {
        if (end != null && end.isBefore(start)) {
            throw ProblemException.invalid("plannedEndOn", "Ngày dự kiến kết thúc phải sau ngày bắt đầu.");
        }
    }
}
