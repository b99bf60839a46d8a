package vn.lgtq.reintegration;

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

/** Aggregates only, never a name: what the officers and other agencies' systems may read of reintegration. */
@ApplicationScoped
public class ReintegrationFigures {
    /** Cases followed at some time in the period: started by its end, not ended before its start. */
    private static final String FOLLOWED = " FROM reintegration_case WHERE (commune_id IN (:units) OR hamlet_id IN (:units))"
            + " AND started_on <= :to"
            + " AND (status = 'ACTIVE' OR status_since >= :from)";

    @Inject
    CallerScope caller;

    @Inject
    EntityManager em;

    public ReintegrationDtos.Figures of(long unitId, LocalDate from, LocalDate to) {
        if (!caller.isOfficer() && !caller.hasRole(Roles.INTEGRATION)) {
            throw ProblemException.forbidden("Chỉ cán bộ công an và hệ thống liên thông xem số liệu tái hòa nhập.");
        }
        LocalDate end = to == null ? LocalDate.now() : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "Ngày cuối phải sau ngày đầu.");
        }
        Set<Long> units = caller.unitIdsBelow(unitId);
        Unit unit = Unit.findById(unitId);
        long followed = count("SELECT count(*)" + FOLLOWED, units, start, end);
        Map<String, Long> byCategory = keys(ReintegrationCategory.values());
        grouped("SELECT category, count(*)" + FOLLOWED + " GROUP BY 1", units, start, end, byCategory);
        Map<String, Long> byStatus = keys(ReintegrationStatus.values());
        grouped("SELECT status, count(*)" + FOLLOWED + " GROUP BY 1", units, start, end, byStatus);
        String changed = "SELECT count(*) FROM reintegration_status_event e JOIN reintegration_case c ON c.id = e.case_id"
                + " WHERE (c.commune_id IN (:units) OR c.hamlet_id IN (:units)) AND e.on_date BETWEEN :from AND :to AND e.status = ";
        long completed = count(changed + "'COMPLETED'", units, start, end);
        long relapsed = count(changed + "'RELAPSED'", units, start, end);
        long overdue = count("SELECT count(*) FROM reintegration_case WHERE (commune_id IN (:units) OR hamlet_id IN (:units))"
                + " AND status = 'ACTIVE' AND started_on <= :to AND next_contact_due < :to", units, start, end);
        return new ReintegrationDtos.Figures(unitId, unit.name, start, end, followed, byCategory, byStatus, completed,
                relapsed, followed == 0 ? null : (double) relapsed / followed, overdue);
    }

    private long count(String sql, Set<Long> units, LocalDate from, LocalDate to) {
        return ((Number) query(sql, units, from, to).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private void grouped(String sql, Set<Long> units, LocalDate from, LocalDate to, Map<String, Long> into) {
        List<Object[]> rows = query(sql, units, from, to).getResultList();
        rows.forEach(r -> into.put((String) r[0], ((Number) r[1]).longValue()));
    }

    /** Binds the period only where the statement uses it. */
    private Query query(String sql, Set<Long> units, LocalDate from, LocalDate to) {
        Query query = em.createNativeQuery(sql).setParameter("units", units).setParameter("to", to);
        return sql.contains(":from") ? query.setParameter("from", from) : query;
    }

    private static Map<String, Long> keys(Enum<?>[] values) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            map.put(value.name(), 0L);
        }
        return map;
    }
}
