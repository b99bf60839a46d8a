package vn.lgtq.mediation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
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
import vn.lgtq.group.Group;
import vn.lgtq.group.GroupService;
import vn.lgtq.group.GroupStatus;
import vn.lgtq.household.Household;
import vn.lgtq.household.HouseholdService;
import vn.lgtq.household.Person;
import vn.lgtq.mediation.MediationDtos.Detail;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.CallerScope;
import vn.lgtq.unit.ScopeFunctions;
import vn.lgtq.unit.SearchText;
import vn.lgtq.unit.Unit;

/**
 * Mediation cases of the groups in the caller's scope. Officers, hamlet leaders and group leaders read and
 * record cases (a group leader only those of its own group); integration clients read figures only.
 */
@ApplicationScoped
public class MediationService {
    private static final Map<String, String> SORT_FIELDS = Map.of("receivedOn", "receivedOn", "closedOn", "closedOn");
    private static final String ENTITY = "mediation-case";

    @Inject
    CallerScope caller;

    @Inject
    GroupService groups;

    @Inject
    HouseholdService households;

    @Inject
    AuditLog audit;

    @Inject
    MediationViews views;

    public MediationDtos.Page list(MediationFilter filter, PageParams paging) {
        requireMediationRole();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(ScopeFunctions.inScope("hamletId", "units",
                filter.unitId == null ? caller.unitIds() : caller.unitIdsBelow(filter.unitId), params));
        if (caller.limitedToOwnGroup()) {
            where.append(" and groupId in :ownGroups");
            params.put("ownGroups", caller.ownGroupIds());
        }
        if (filter.groupId != null) {
            where.append(" and groupId = :group");
            params.put("group", filter.groupId);
        }
        if (filter.status != null) {
            where.append(" and status = :status");
            params.put("status", filter.status);
        }
        if (filter.outcome != null) {
            where.append(" and outcome = :outcome");
            params.put("outcome", filter.outcome);
        }
        if (filter.disputeType != null) {
            where.append(" and disputeType = :type");
            params.put("type", filter.disputeType);
        }
        return page(where.toString(), params, paging, "receivedOn");
    }

    /** The commune officer's queue: cases the groups of its scope could not settle and passed on. */
    public MediationDtos.Page escalated(PageParams paging) {
        if (!caller.isOfficer()) {
            throw ProblemException.forbidden("Chỉ cán bộ công an xem danh sách vụ việc hòa giải được chuyển lên.");
        }
        return page("in_scope(hamletId, :units) and outcome = :outcome",
                Map.of("units", ScopeFunctions.ids(caller.unitIds()), "outcome", MediationOutcome.ESCALATED), paging, "closedOn");
    }

    /** Newest first unless sorted otherwise; cases not closed yet come last when sorted by closedOn. */
    private MediationDtos.Page page(String where, Map<String, Object> params, PageParams paging, String fallback) {
        String field = SORT_FIELDS.get(paging.sortField(fallback));
        if (field == null) {
            throw ProblemException.invalid("sort", "Chỉ sắp xếp theo: " + String.join(", ", SORT_FIELDS.keySet()) + ".");
        }
        Sort.Direction direction = paging.sort != null && !paging.descending() ? Sort.Direction.Ascending
                : Sort.Direction.Descending;
        Sort sort = Sort.by(field, direction, Sort.NullPrecedence.NULLS_LAST).and("id", direction);
        PanacheQuery<MediationCase> query = MediationCase.find(where, sort, params);
        List<MediationCase> cases = query.page(Page.of(paging.page, paging.size)).list();
        return new MediationDtos.Page(views.summaries(cases), query.count(), paging.page, paging.size);
    }

    public Detail get(long id) {
        requireMediationRole();
        return views.detail(visible(id));
    }

    @Transactional
    public Detail create(MediationDtos.Create body) {
        requireMediationRole();
        Group group = groups.visible(body.groupId());
        if (group.status != GroupStatus.ACTIVE) {
            throw ProblemException.invalid("groupId", group.name + " không còn hoạt động.");
        }
        MediationCase mediation = new MediationCase();
        mediation.hamletId = group.hamletId;
        mediation.groupId = group.id;
        mediation.receivedOn = body.receivedOn();
        mediation.intake = body.intake();
        mediation.disputeType = body.disputeType();
        mediation.description = body.description().trim();
        mediation.status = MediationStatus.OPEN;
        mediation.createdBy = caller.username();
        mediation.createdAt = OffsetDateTime.now();
        addParties(mediation, body.parties());
        for (int i = 0; i < body.mediators().size(); i++) {
            MediationDtos.MediatorInput input = body.mediators().get(i);
            CaseMediator mediator = new CaseMediator();
            mediator.mediationCase = mediation;
            mediator.position = i;
            mediator.role = input.role();
            mediator.name = input.name().trim();
            mediation.mediators.add(mediator);
        }
        mediation.persist();
        MediationCase.flush();
        // Names of the parties stay out of the audit trail: the case holds them.
        audit.record("CREATE", ENTITY, mediation.id, mediation.disputeType + " group=" + group.id
                + " parties=" + mediation.parties.size());
        return views.detail(mediation);
    }

    /** Each party is a household of the group's hamlet (or one of its people), or an outsider, named once. */
    private void addParties(MediationCase mediation, List<MediationDtos.PartyInput> inputs) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            MediationDtos.PartyInput input = inputs.get(i);
            String field = "parties[" + i + "]";
            String outsiderName = SearchText.trimToNull(input.outsiderName());
            String outsiderAddress = SearchText.trimToNull(input.outsiderAddress());
            if (input.householdId() == null && outsiderName == null) {
                throw ProblemException.invalid(field + ".householdId",
                        "Chọn một hộ trong thôn, tổ dân phố hoặc ghi tên người ngoài thôn.");
            }
            if (input.householdId() != null && outsiderName != null) {
                throw ProblemException.invalid(field + ".outsiderName",
                        "Mỗi bên là một hộ trong thôn hoặc một người ngoài thôn, không phải cả hai.");
            }
            CaseParty party = new CaseParty();
            party.mediationCase = mediation;
            party.position = i;
            if (input.householdId() != null) {
                if (outsiderAddress != null) {
                    throw ProblemException.invalid(field + ".outsiderAddress", "Chỉ ghi địa chỉ cho người ngoài thôn.");
                }
                Household household = Household.findById(input.householdId());
                if (household != null && caller.limitedToOwnGroup() && !seenByCaller(household.id)) {
                    // A group leader names households of their own group; others of the hamlet as outsiders.
                    throw ProblemException.invalid(field + ".householdId", "Hộ " + input.householdId()
                            + " không thuộc nhóm của bạn; ghi tên như người ngoài nhóm.");
                }
                if (household == null || !Objects.equals(household.hamletId, mediation.hamletId)) {
                    throw ProblemException.invalid(field + ".householdId", "Hộ " + input.householdId()
                            + " không thuộc " + Unit.namesOf(Set.of(mediation.hamletId)).get(mediation.hamletId) + ".");
                }
                Person person = null;
                if (input.personId() != null) {
                    person = household.people.stream().filter(p -> p.id.equals(input.personId())).findFirst()
                            .orElseThrow(() -> ProblemException.invalid(field + ".personId",
                                    "Người " + input.personId() + " không thuộc hộ " + household.code + "."));
                }
                party.householdId = household.id;
                party.personId = input.personId();
                party.name = person != null ? person.fullName : "Hộ " + household.code + " — " + household.headName;
            } else {
                if (input.personId() != null) {
                    throw ProblemException.invalid(field + ".personId", "Chỉ chọn người khi bên là một hộ trong thôn.");
                }
                party.name = outsiderName;
                party.outsiderAddress = outsiderAddress;
            }
            // Two outsiders may share a name; a household or person of the hamlet is one party only once.
            if (party.householdId != null && !seen.add(party.householdId + ":" + party.personId)) {
                throw ProblemException.invalid(field, party.name + " đã có trong danh sách các bên.");
            }
            mediation.parties.add(party);
        }
    }

    private boolean seenByCaller(long householdId) {
        try {
            households.visible(householdId);
            return true;
        } catch (ProblemException notVisible) {
            return false;
        }
    }

    @Transactional
    public Detail addSession(long id, MediationDtos.SessionInput body) {
        requireMediationRole();
        MediationCase mediation = visible(id);
        requireOpen(mediation);
        if (body.heldOn().isBefore(mediation.receivedOn)) {
            throw ProblemException.invalid("heldOn", "Ngày hòa giải không được trước ngày tiếp nhận vụ việc ("
                    + mediation.receivedOn + ").");
        }
        CaseSession session = new CaseSession();
        session.mediationCase = mediation;
        session.heldOn = body.heldOn();
        session.place = SearchText.trimToNull(body.place());
        session.attendees = SearchText.trimToNull(body.attendees());
        session.notes = SearchText.trimToNull(body.notes());
        session.recordedBy = caller.username();
        session.recordedAt = OffsetDateTime.now();
        mediation.sessions.add(session);
        // A session changes what closing may decide: a concurrent closing with the old version must answer 409.
        MediationCase.getEntityManager().lock(mediation, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        MediationCase.flush();
        audit.record("SESSION", ENTITY, mediation.id, "heldOn=" + session.heldOn);
        return views.detail(mediation);
    }

    @Transactional
    public Detail close(long id, MediationDtos.Closing body) {
        requireMediationRole();
        MediationCase mediation = visible(id);
        requireOpen(mediation);
        if (mediation.version != body.version()) {
            throw ProblemException.of(ProblemMappers.staleVersion());
        }
        MediationOutcome outcome = body.outcome();
        if (body.closedOn().isBefore(mediation.receivedOn)) {
            throw ProblemException.invalid("closedOn", "Ngày kết thúc không được trước ngày tiếp nhận vụ việc ("
                    + mediation.receivedOn + ").");
        }
        LocalDate lastSession = mediation.sessions.stream().map(s -> s.heldOn).max(LocalDate::compareTo).orElse(null);
        if (lastSession != null && body.closedOn().isBefore(lastSession)) {
            throw ProblemException.invalid("closedOn", "Ngày kết thúc không được trước buổi hòa giải cuối cùng ("
                    + lastSession + ").");
        }
        String agreement = SearchText.trimToNull(body.agreement());
        if (outcome == MediationOutcome.RECONCILED && agreement == null) {
            throw ProblemException.invalid("agreement", "Ghi nội dung thỏa thuận khi hòa giải thành.");
        }
        if (outcome != MediationOutcome.RECONCILED && agreement != null) {
            throw ProblemException.invalid("agreement", "Chỉ ghi nội dung thỏa thuận khi hòa giải thành.");
        }
        if (outcome == MediationOutcome.ESCALATED && body.escalatedTo() == null) {
            throw ProblemException.invalid("escalatedTo", "Chọn nơi chuyển vụ việc đến.");
        }
        if (outcome != MediationOutcome.ESCALATED && body.escalatedTo() != null) {
            throw ProblemException.invalid("escalatedTo", "Chỉ chọn nơi chuyển khi kết quả là chuyển cấp trên (ESCALATED).");
        }
        if ((outcome == MediationOutcome.RECONCILED || outcome == MediationOutcome.NOT_RECONCILED)
                && mediation.sessions.isEmpty()) {
            throw ProblemException.conflict("mediation-without-session", "Vụ việc chưa có buổi hòa giải nào; hãy ghi"
                    + " buổi hòa giải trước khi kết thúc với kết quả hòa giải thành hoặc không thành.");
        }
        mediation.status = MediationStatus.CLOSED;
        mediation.outcome = outcome;
        mediation.closedOn = body.closedOn();
        mediation.agreement = agreement;
        mediation.escalatedTo = body.escalatedTo();
        mediation.outcomeNote = SearchText.trimToNull(body.note());
        MediationCase.flush();
        audit.record("CLOSE", ENTITY, mediation.id, outcome + (mediation.escalatedTo == null ? ""
                : " to=" + mediation.escalatedTo) + " on " + mediation.closedOn);
        return views.detail(mediation);
    }

    /** The case, if the caller may see it: in scope, and of its own group for a group leader. */
    private MediationCase visible(long id) {
        MediationCase mediation = MediationCase.findById(id);
        boolean seen = mediation != null && caller.canSee(mediation.hamletId)
                && (!caller.limitedToOwnGroup() || caller.leadsGroup(mediation.groupId));
        if (!seen) {
            throw ProblemException.notFound("Không tìm thấy vụ việc hòa giải " + id + ".");
        }
        return mediation;
    }

    private static void requireOpen(MediationCase mediation) {
        if (mediation.status == MediationStatus.CLOSED) {
            throw ProblemException.conflict("case-closed", "Vụ việc hòa giải đã kết thúc; không thể thay đổi thêm.");
        }
    }

    /** Police, hamlet and group leaders; an integration client reads only the figures. */
    private void requireMediationRole() {
        if (!caller.worksWithGroups()) {
            throw ProblemException.forbidden("Vai trò của bạn không xem, ghi hồ sơ hòa giải; chỉ xem được số liệu.");
        }
    }
}
