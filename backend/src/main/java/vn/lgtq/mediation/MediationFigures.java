package vn.lgtq.mediation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lgtq.error.ProblemException;
import vn.lgtq.security.CallerScope;
import vn.lgtq.security.Roles;
import vn.lgtq.unit.Unit;

/** Counts of the cases of the hamlets below a unit: received and closed within a period. */
@ApplicationScoped
public class MediationFigures {
    private static final String IN_SCOPE = " FROM mediation_case WHERE hamlet_id IN (:units)";
    private static final String RECEIVED = "received_on BETWEEN CAST(:from AS date) AND CAST(:to AS date)";
    private static final String CLOSED = "closed_on BETWEEN CAST(:from AS date) AND CAST(:to AS date)";
    private static final String TOTALS = "SELECT count(*) FILTER (WHERE " + RECEIVED + "),"
            + " count(*) FILTER (WHERE " + RECEIVED + " AND status = 'OPEN'),"
            + " count(*) FILTER (WHERE " + CLOSED + "),"
            + " count(*) FILTER (WHERE " + CLOSED + " AND outcome = 'RECONCILED'),"
            + " count(*) FILTER (WHERE " + CLOSED + " AND outcome = 'WITHDRAWN'),"
            + " percentile_cont(0.5) WITHIN GROUP (ORDER BY CAST(closed_on - received_on AS double precision))"
            + " FILTER (WHERE " + CLOSED + ")" + IN_SCOPE;

    @Inject
    CallerScope caller;

    @Inject
    EntityManager em;

    public MediationDtos.Figures of(long unitId, LocalDate from, LocalDate to) {
        if (!caller.worksWithGroups() && !caller.hasRole(Roles.INTEGRATION)) {
            throw ProblemException.forbidden("Vai trò của bạn không xem được số liệu hòa giải.");
        }
        // Aggregates only: a group leader reads those of its whole hamlet, like an integration client its unit.
        Set<Long> units = caller.unitIdsBelow(unitId);
        Unit unit = Unit.findById(unitId);
        LocalDate end = to == null ? LocalDate.now() : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "Ngày kết thúc phải từ ngày bắt đầu trở đi.");
        }
        Object[] totals = (Object[]) query(TOTALS, units, start, end).get(0);
        long received = number(totals[0]);
        long closed = number(totals[2]);
        long reconciled = number(totals[3]);
        long settledOrNot = closed - number(totals[4]);
        return new MediationDtos.Figures(unitId, unit.name, start, end, received, number(totals[1]), closed,
                grouped("dispute_type", RECEIVED, DisputeType.values(), units, start, end),
                grouped("outcome", CLOSED, MediationOutcome.values(), units, start, end),
                settledOrNot == 0 ? null : (double) reconciled / settledOrNot,
                totals[5] == null ? null : ((Number) totals[5]).doubleValue());
    }

    /** Every value of the enum, in its order, with zeros where no case has it. */
    private Map<String, Long> grouped(String column, String period, Enum<?>[] keys, Set<Long> units, LocalDate from,
            LocalDate to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Enum<?> key : keys) {
            counts.put(key.name(), 0L);
        }
        for (Object row : query("SELECT " + column + ", count(*)" + IN_SCOPE + " AND " + period + " GROUP BY 1",
                units, from, to)) {
            Object[] cells = (Object[]) row;
            counts.put(String.valueOf(cells[0]), number(cells[1]));
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<Object> query(String sql, Set<Long> units, LocalDate from, LocalDate to) {
        Query query = em.createNativeQuery(sql).setParameter("units", units).setParameter("from", from.toString())
                .setParameter("to", to.toString());
        return query.getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
