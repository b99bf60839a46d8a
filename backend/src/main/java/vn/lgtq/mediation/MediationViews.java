package vn.lgtq.mediation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lgtq.group.Group;
import vn.lgtq.household.Household;
import vn.lgtq.mediation.MediationDtos.Detail;
import vn.lgtq.mediation.MediationDtos.Summary;
import vn.lgtq.security.CallerScope;
import vn.lgtq.unit.Unit;

/** Turns cases into answers; an outsider's address only for callers who see personal data. */
@ApplicationScoped
public class MediationViews {
    @Inject
    CallerScope caller;

    @Inject
    EntityManager em;

    public List<Summary> summaries(List<MediationCase> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Set<Long> groupIds = cases.stream().map(c -> c.groupId).collect(Collectors.toSet());
        Map<Long, String> groupNames = Group.<Group>list("id in ?1", groupIds).stream()
                .collect(Collectors.toMap(g -> g.id, g -> g.name));
        Map<Long, String> hamletNames = Unit.namesOf(cases.stream().map(c -> c.hamletId).collect(Collectors.toSet()));
        Map<Long, Integer> sessions = sessionCounts(cases.stream().map(c -> c.id).toList());
        return cases.stream().map(c -> new Summary(c.id, c.groupId, groupNames.get(c.groupId), c.hamletId,
                hamletNames.get(c.hamletId), c.receivedOn, c.intake, c.disputeType, c.status, c.outcome, c.escalatedTo,
                c.closedOn, sessions.getOrDefault(c.id, 0), c.parties.stream().map(p -> p.name).toList(), c.version))
                .toList();
    }

    public Detail detail(MediationCase c) {
        boolean personal = caller.seesPersonalData();
        Set<Long> householdIds = c.parties.stream().map(p -> p.householdId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> codes = householdIds.isEmpty() ? Map.of() : Household.<Household>list("id in ?1", householdIds)
                .stream().collect(Collectors.toMap(h -> h.id, h -> h.code));
        List<MediationDtos.Party> parties = c.parties.stream().map(p -> new MediationDtos.Party(p.id, p.householdId,
                p.householdId == null ? null : codes.get(p.householdId), p.personId, p.name, p.outsider(),
                personal ? p.outsiderAddress : null)).toList();
        List<MediationDtos.Mediator> mediators = c.mediators.stream()
                .map(m -> new MediationDtos.Mediator(m.id, m.role, m.name)).toList();
        List<MediationDtos.Session> sessions = c.sessions.stream().map(s -> new MediationDtos.Session(s.id, s.heldOn,
                s.place, s.attendees, s.notes, s.recordedBy, s.recordedAt)).toList();
        return new Detail(summaries(List.of(c)).get(0), c.description, parties, mediators, sessions, c.agreement,
                c.escalatedTo, c.outcomeNote);
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Integer> sessionCounts(List<Long> caseIds) {
        List<Object[]> rows = em.createNativeQuery(
                "SELECT case_id, count(*) FROM mediation_session WHERE case_id IN (:ids) GROUP BY case_id")
                .setParameter("ids", caseIds).getResultList();
        Map<Long, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return counts;
    }
}
