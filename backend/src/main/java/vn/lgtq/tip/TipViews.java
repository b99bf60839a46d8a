package vn.lgtq.tip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lgtq.tip.TipDtos.Detail;
import vn.lgtq.tip.TipDtos.Summary;

/** Turns tips into answers. The informant is never part of them: only whether there is one. */
@ApplicationScoped
public class TipViews {
    @Inject
    TipConfig config;

    @Inject
    EntityManager em;

    public List<Summary> summaries(List<Tip> tips, String username) {
        if (tips.isEmpty()) {
            return List.of();
        }
        Set<Long> unitIds = new HashSet<>();
        tips.forEach(t -> {
            unitIds.add(t.hamletId);
            unitIds.add(t.primaryUnitId);
        });
        Map<Long, String> names = new HashMap<>();
        Set<Long> read = new HashSet<>();
        namesAndRead(unitIds, tips.stream().map(t -> t.id).toList(), username, names, read);
        OffsetDateTime due = OffsetDateTime.now().minusHours(config.triageHours());
        return tips.stream().map(t -> new Summary(t.id, t.hamletId, names.get(t.hamletId), t.primaryUnitId,
                names.get(t.primaryUnitId), t.category, t.occurredAt, t.createdAt, t.status, t.outcome, t.source,
                t.assignee, t.status == TipStatus.NEW && t.createdAt.isBefore(due), !read.contains(t.id), t.version))
                .toList();
    }

    /** Officers see the whole history; the person who filed the tip sees what is shown to reporters. */
    public Detail detail(Tip tip, String username, boolean officer) {
        List<TipEvent> events = TipEvent.list("tipId = ?1 order by id", tip.id);
        List<TipDtos.Event> history = events.stream().filter(e -> officer || e.shownToCitizen)
                .map(e -> new TipDtos.Event(e.id, e.occurredAt, e.actor, e.kind, e.fromStatus, e.toStatus,
                        officer || e.kind != TipEvent.Kind.STATUS ? e.comment : null, e.shownToCitizen))
                .toList();
        List<TipDtos.Photo> photos = em.createQuery("select p.id, p.contentType, p.sizeBytes from TipPhoto p "
                + "where p.tipId = ?1 order by p.id", Object[].class).setParameter(1, tip.id).getResultList().stream()
                .map(r -> new TipDtos.Photo((Long) r[0], (String) r[1], (Integer) r[2])).toList();
        return new Detail(summaries(List.of(tip), username).get(0), tip.description, tip.locationText, tip.latitude,
                tip.longitude, Set.copyOf(tip.copyUnitIds), tip.duplicateOfId, tip.arrestsOrCases, tip.propertyRecovered,
                tip.handedToAgency, tip.informantCiphertext != null, history, photos);
    }

    /** The units' names and which of the tips the user has read, in one statement. */
    @SuppressWarnings("unchecked")
    private void namesAndRead(Set<Long> unitIds, List<Long> tipIds, String username, Map<Long, String> names,
            Set<Long> read) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT u.id, u.name FROM unit u WHERE u.id IN (?1)
                UNION ALL SELECT r.tip_id, NULL FROM tip_read r WHERE r.username = ?2 AND r.tip_id IN (?3)""")
                .setParameter(1, unitIds).setParameter(2, username).setParameter(3, tipIds).getResultList();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            if (row[1] == null) {
                read.add(id);
            } else {
                names.put(id, (String) row[1]);
            }
        }
    }
}
