package vn.lgtq.tip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lgtq.error.ProblemException;
import vn.lgtq.security.CallerScope;
import vn.lgtq.security.Roles;
import vn.lgtq.unit.Unit;

/** Counts of the tips handled by the units below a unit, filed within a period. */
@ApplicationScoped
public class TipFigures {
    @Inject
    CallerScope caller;

    @Inject
    EntityManager em;

    public TipDtos.Figures of(long unitId, LocalDate from, LocalDate to) {
        if (!caller.isOfficer() && !caller.hasRole(Roles.INTEGRATION)) {
            throw ProblemException.forbidden("Chỉ cán bộ công an và hệ thống liên thông xem số liệu tin báo.");
        }
        Set<Long> units = caller.unitIdsBelow(unitId);
        Unit unit = Unit.findById(unitId);
        String where = " FROM tip WHERE primary_unit_id IN (:units) AND created_at >= CAST(:from AS date)"
                + " AND created_at < CAST(:to AS date) + 1";
        LocalDate start = from == null ? LocalDate.of(2000, 1, 1) : from;
        LocalDate end = to == null ? LocalDate.now() : to;
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "Ngày kết thúc phải từ ngày bắt đầu trở đi.");
        }
        Object[] totals = (Object[]) query("SELECT count(*), coalesce(sum(arrests_or_cases), 0)" + where, units, start, end)
                .get(0);
        return new TipDtos.Figures(unitId, unit.name, ((Number) totals[0]).longValue(), ((Number) totals[1]).longValue(),
                grouped("category", where, units, start, end), grouped("status", where, units, start, end),
                grouped("outcome", where + " AND outcome IS NOT NULL", units, start, end),
                grouped("to_char(created_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM')", where, units, start, end));
    }

    private Map<String, Long> grouped(String column, String where, Set<Long> units, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object row : query("SELECT " + column + ", count(*)" + where + " GROUP BY 1 ORDER BY 1", units, from, to)) {
            Object[] cells = (Object[]) row;
            counts.put(String.valueOf(cells[0]), ((Number) cells[1]).longValue());
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<Object> query(String sql, Set<Long> units, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql).setParameter("units", units).setParameter("from", from.toString())
                .setParameter("to", to.toString()).getResultList();
    }
}
