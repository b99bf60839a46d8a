package vn.lgtq.reintegration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.lgtq.reintegration.ReintegrationCipher.Text;
import vn.lgtq.group.Group;
import vn.lgtq.reintegration.ReintegrationDtos.Detail;
import vn.lgtq.reintegration.ReintegrationDtos.Summary;
import vn.lgtq.unit.Unit;

/** Turns cases into answers for a view: the reduced view never carries category, history, identity numbers or notes. */
@ApplicationScoped
public class ReintegrationViews {
    @Inject
    ReintegrationCipher cipher;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    /** Lists carry names and the schedule, never the category: that is read (and audited) case by case. */
    public List<Summary> summaries(List<ReintegrationCase> cases, CaseView view) {
        Set<Long> units = new HashSet<>();
        Set<Long> groups = new HashSet<>();
        cases.forEach(c -> {
            if (c.hamletId != null) {
                units.add(c.hamletId);
            }
            if (c.groupId != null) {
                groups.add(c.groupId);
            }
        });
        Map<Long, String> unitNames = Unit.namesOf(units);
        Map<Long, String> groupNames = groupNames(groups);
        return cases.stream().map(c -> new Summary(c.id, view, cipher.open(c.identityCiphertext, c.id).name(),
                c.hamletId, nameOf(unitNames, c.hamletId), c.groupId, nameOf(groupNames, c.groupId), c.status, c.supportLevel,
                c.lastContactOn, c.nextContactDue, overdue(c), null)).toList();
    }

    public Detail detail(ReintegrationCase c, ReintegrationAccess.Level level) {
        CaseView view = level.view();
        boolean full = view == CaseView.FULL;
        ReintegrationCipher.Identity identity = cipher.open(c.identityCiphertext, c.id);
        Map<Long, String> unitNames = Unit.namesOf(Stream.of(c.communeId, c.hamletId).filter(Objects::nonNull).toList());
        String groupName = c.groupId == null ? null : groupNames(Set.of(c.groupId)).get(c.groupId);
        List<ReintegrationDtos.Contact> contacts = CaseRecords.Contact.<CaseRecords.Contact>list(
                "caseId = ?1 order by contactedOn desc, id desc", c.id).stream()
                .map(k -> new ReintegrationDtos.Contact(k.id, k.contactedOn, k.method, k.result,
                        full ? cipher.openText(k.notesCiphertext, Text.CONTACT_NOTES, k.id) : null, k.recordedBy,
                        k.recordedAt))
                .toList();
        List<CaseRecords.StatusEvent> events = CaseRecords.StatusEvent.list("caseId = ?1 order by id", c.id);
        Map<Long, String> communes = Unit.namesOf(events.stream().map(e -> e.toCommuneId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        List<ReintegrationDtos.StatusEvent> history = events.stream().map(e -> new ReintegrationDtos.StatusEvent(
                e.status, e.on, full ? cipher.openText(e.noteCiphertext, Text.STATUS_NOTE, e.id) : null, e.actor,
                nameOf(communes, e.toCommuneId))).toList();
        return new Detail(c.id, view, identity.name(), c.personId, full ? identity.birthYear() : null,
                full ? identity.citizenId() : null, full ? c.category : null,
                full ? cipher.openText(c.historyCiphertext, Text.HISTORY, c.id) : null, c.communeId,
                nameOf(unitNames, c.communeId),
                c.hamletId, nameOf(unitNames, c.hamletId), c.groupId, groupName, helpers(c.id), c.supportLevel, c.startedOn,
                c.plannedEndOn, c.responsibleOfficer, plan(c), contacts, history, c.status, c.lastContactOn,
                c.nextContactDue, overdue(c), level == ReintegrationAccess.Level.MANAGE, c.version);
    }

    static boolean overdue(ReintegrationCase c) {
        return c.status == ReintegrationStatus.ACTIVE && c.nextContactDue.isBefore(LocalDate.now());
    }

    ReintegrationDtos.Plan plan(ReintegrationCase c) {
        if (c.planJson == null) {
            return new ReintegrationDtos.Plan(List.of(), c.version);
        }
        try {
            ReintegrationDtos.Goal[] goals = json.readValue(c.planJson, ReintegrationDtos.Goal[].class);
            return new ReintegrationDtos.Plan(List.of(goals), c.version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable plan of case " + c.id, e);
        }
    }

    String planJson(List<ReintegrationDtos.Goal> goals) {
        try {
            return json.writeValueAsString(goals == null ? List.of() : goals);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private List<ReintegrationDtos.Helper> helpers(long caseId) {
        List<Object[]> rows = em.createNativeQuery("SELECT h.id, h.code, h.head_name, r.commitment_signed_on "
                + "FROM reintegration_helper r JOIN household h ON h.id = r.household_id WHERE r.case_id = ?1 "
                + "ORDER BY h.code").setParameter(1, caseId).getResultList();
        return rows.stream().map(r -> new ReintegrationDtos.Helper(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], localDate(r[3]))).toList();
    }

    /** Null for no id (a case handed over has no hamlet yet); Map.of() refuses null keys. */
    private static String nameOf(Map<Long, String> names, Long id) {
        return id == null ? null : names.get(id);
    }

    /** A DATE from a native query: java.sql.Date or LocalDate, depending on the driver's mapping. */
    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Map<Long, String> groupNames(Set<Long> ids) {
        return ids.isEmpty() ? Map.of() : Group.<Group>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(g -> g.id, g -> g.name));
    }
}
