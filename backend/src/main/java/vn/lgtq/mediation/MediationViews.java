package vn.lgtq.mediation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

/** Turns cases into answers; an outsider's address only for callers who see personal data. */
@ApplicationScoped
public class MediationViews {
    @Inject
    CallerScope caller;

    @Inject
    EntityManager em;

    /** Between party names in one column: a control character, which no stored text may contain (InputRules). */
    private static final String PARTY_SEPARATOR = "\u001f";

    public List<Summary> summaries(List<MediationCase> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> extras = pageExtras(cases.stream().map(c -> c.id).toList());
        return cases.stream().map(c -> {
            Object[] extra = extras.get(c.id);
            String parties = (String) extra[4];
            return new Summary(c.id, c.groupId, (String) extra[1], c.hamletId, (String) extra[2], c.receivedOn, c.intake,
                    c.disputeType, c.status, c.outcome, c.escalatedTo, c.closedOn, ((Number) extra[3]).intValue(),
                    parties == null ? List.of() : List.of(parties.split(PARTY_SEPARATOR)), c.version);
        }).toList();
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

    /**
     * Group and hamlet names, sessions and party names of a page of cases, in one statement: the parties are not
     * loaded as entities (a collection fetched for the whole filtered set once read every case's parties).
     */
    @SuppressWarnings("unchecked")
    private Map<Long, Object[]> pageExtras(List<Long> caseIds) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.id, g.name, u.name, (SELECT count(*) FROM mediation_session s WHERE s.case_id = c.id),
                    (SELECT string_agg(p.name, CAST(:separator AS text) ORDER BY p.position, p.id)
                     FROM mediation_party p WHERE p.case_id = c.id)
                FROM mediation_case c LEFT JOIN lgtq_group g ON g.id = c.group_id JOIN unit u ON u.id = c.hamlet_id
                WHERE c.id IN (:ids)""").setParameter("separator", PARTY_SEPARATOR).setParameter("ids", caseIds)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> r));
    }
}
