package vn.lgtq.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lgtq.error.ProblemException;
import vn.lgtq.group.Group;
import vn.lgtq.security.CallerScope;
import vn.lgtq.security.Roles;
import vn.lgtq.unit.Unit;

/** Counts of the groups' activities below a unit within a period, and the commitment rate of the period's year. */
@ApplicationScoped
public class ActivityFigures {
    @Inject
    CallerScope caller;

    @Inject
    ActivityConfig config;

    @Inject
    EntityManager em;

    public ActivityDtos.Figures of(long unitId, LocalDate from, LocalDate to) {
        Set<Long> units = units(unitId);
        LocalDate end = to == null ? LocalDate.now() : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "Ngày kết thúc phải từ ngày bắt đầu trở đi.");
        }
        Unit unit = Unit.findById(unitId);
        long meetings = count(em.createNativeQuery("""
                SELECT count(*) FROM group_meeting m JOIN lgtq_group g ON g.id = m.group_id
                WHERE g.hamlet_id IN (:units) AND m.held_on BETWEEN :from AND :to""")
                .setParameter("from", start).setParameter("to", end), units);
        Object[] groups = (Object[]) em.createNativeQuery("SELECT count(*), count(*) FILTER (WHERE overdue) FROM ("
                        + MeetingService.statusSql(false) + ") t")
                .setParameter("units", units).setParameter("on", end)
                .setParameter("months", config.meetingIntervalMonths()).getSingleResult();
        ZoneId zone = ZoneId.systemDefault();
        long patrols = count(em.createNativeQuery("""
                SELECT count(*) FROM patrol WHERE hamlet_id IN (:units) AND started_at >= :from AND started_at < :to""")
                .setParameter("from", start.atStartOfDay(zone).toOffsetDateTime())
                .setParameter("to", end.plusDays(1).atStartOfDay(zone).toOffsetDateTime()), units);
        Map<String, Long> byChannel = new LinkedHashMap<>();
        for (PropagandaChannel channel : PropagandaChannel.values()) {
            byChannel.put(channel.name(), 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> channels = em.createNativeQuery("""
                SELECT channel, count(*) FROM propaganda_session
                WHERE hamlet_id IN (:units) AND held_on BETWEEN :from AND :to GROUP BY channel""")
                .setParameter("units", units).setParameter("from", start).setParameter("to", end).getResultList();
        channels.forEach(r -> byChannel.put((String) r[0], ((Number) r[1]).longValue()));
        int year = end.getYear();
        Object[] households = (Object[]) em.createNativeQuery("""
                SELECT count(DISTINCT m.household_id), count(DISTINCT c.household_id)
                FROM group_membership m
                JOIN lgtq_group g ON g.id = m.group_id AND g.status = 'ACTIVE'
                LEFT JOIN household_commitment c ON c.household_id = m.household_id AND c.commitment_year = :year
                WHERE m.left_on IS NULL AND g.hamlet_id IN (:units)""")
                .setParameter("units", units).setParameter("year", year).getSingleResult();
        long inGroups = ((Number) households[0]).longValue();
        long committed = ((Number) households[1]).longValue();
        return new ActivityDtos.Figures(unit.id, unit.name, start, end, meetings, ((Number) groups[0]).longValue(),
                ((Number) groups[1]).longValue(), patrols, byChannel.values().stream().mapToLong(Long::longValue).sum(),
                byChannel, year, inGroups, committed, ActivityDtos.rate(committed, inGroups));
    }

    /**
     * The units the figures cover: officers and other agencies' systems read any unit in scope, a hamlet leader
     * its hamlet, a group leader the hamlet of its group.
     */
    private Set<Long> units(long unitId) {
        if (caller.isOfficer() || caller.hasRole(Roles.INTEGRATION) || caller.hasRole(Roles.HAMLET_LEADER)) {
            return caller.unitIdsBelow(unitId);
        }
        if (caller.hasRole(Roles.GROUP_LEADER)) {
            if (Group.count("hamletId = ?1 and id in ?2", unitId, caller.ownGroupIds()) == 0) {
                throw ProblemException.notFound("Không tìm thấy đơn vị hành chính " + unitId + ".");
            }
            return caller.unitIdsBelow(unitId);
        }
        throw ProblemException.forbidden("Vai trò của bạn không xem số liệu hoạt động.");
    }

    private static long count(Query query, Set<Long> units) {
        return ((Number) query.setParameter("units", units).getSingleResult()).longValue();
    }
}
