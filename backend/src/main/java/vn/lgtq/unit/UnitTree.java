package vn.lgtq.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The unit graph (children, communes of a former district, the units a unit replaced) held in memory, so a caller's
 * scope costs one read of the graph's version instead of a recursive walk in SQL on every request. A trigger stamps
 * every change to units with a new version (migration V9); a request that sees another version reloads the graph.
 */
@ApplicationScoped
public class UnitTree {
    private static final Comparator<Coded> LATEST_FIRST = Comparator.comparing(Coded::validTo,
            Comparator.nullsFirst(Comparator.<LocalDate>reverseOrder()));

    @Inject
    EntityManager em;

    private volatile Graph graph;

    /** The graph as of now: reloaded when units changed since it was read; one small query otherwise. */
    public Graph current() {
        long version = ((Number) em.createNativeQuery("SELECT version FROM unit_graph_version").getSingleResult())
                .longValue();
        Graph held = graph;
        if (held != null && held.version == version) {
            return held;
        }
        synchronized (this) {
            if (graph == null || graph.version != version) {
                graph = load(version);
            }
            return graph;
        }
    }

    /** The unit and every unit below it, including history reached through its predecessors. */
    public Set<Long> reachableFrom(long rootId) {
        return current().reachableFrom(rootId);
    }

    @SuppressWarnings("unchecked")
    private Graph load(long version) {
        Map<Long, List<Long>> edges = new HashMap<>();
        Map<Long, List<Long>> children = new HashMap<>();
        Map<Long, Coded> byId = new HashMap<>();
        Map<String, List<Coded>> byCode = new HashMap<>();
        List<Object[]> units = em.createNativeQuery(
                "SELECT id, code, parent_id, former_district_id, valid_from, valid_to, level FROM unit").getResultList();
        for (Object[] row : units) {
            long id = ((Number) row[0]).longValue();
            Long parentId = row[2] == null ? null : ((Number) row[2]).longValue();
            Coded unit = new Coded(id, parentId, toDate(row[4]), toDate(row[5]), UnitLevel.valueOf((String) row[6]));
            byId.put(id, unit);
            byCode.computeIfAbsent((String) row[1], c -> new ArrayList<>()).add(unit);
            for (int from : new int[] {2, 3}) { // parent → child, former district → commune
                if (row[from] != null) {
                    edges.computeIfAbsent(((Number) row[from]).longValue(), k -> new ArrayList<>()).add(id);
                    children.computeIfAbsent(((Number) row[from]).longValue(), k -> new ArrayList<>()).add(id);
                }
            }
        }
        List<Object[]> predecessors = em.createNativeQuery("SELECT unit_id, predecessor_id FROM unit_predecessor")
                .getResultList();
        for (Object[] row : predecessors) { // successor → predecessor: history stays readable through it
            edges.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(((Number) row[1]).longValue());
        }
        byCode.values().forEach(list -> list.sort(LATEST_FIRST));
        return new Graph(version, edges, children, byId, byCode);
    }

    private static LocalDate toDate(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private record Coded(long id, Long parentId, LocalDate validFrom, LocalDate validTo, UnitLevel level) {
        boolean validOn(LocalDate day) {
            return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
        }
    }

    /** One version of the graph; what is reachable from a unit is computed once per version and kept. */
    public static final class Graph {
        private final long version;
        private final Map<Long, List<Long>> edges;
        private final Map<Long, List<Long>> children;
        private final Map<Long, Coded> byId;
        private final Map<String, List<Coded>> byCode;
        private final Map<Long, Set<Long>> reachable = new ConcurrentHashMap<>();

        private Graph(long version, Map<Long, List<Long>> edges, Map<Long, List<Long>> children, Map<Long, Coded> byId,
                Map<String, List<Coded>> byCode) {
            this.version = version;
            this.edges = edges;
            this.children = children;
            this.byId = byId;
            this.byCode = byCode;
        }

        public boolean isHamlet(long id) {
            Coded unit = byId.get(id);
            return unit != null && unit.level() == UnitLevel.HAMLET;
        }

        /** The unit's parent (a hamlet's commune), or null. */
        public Long parentOf(long id) {
            Coded unit = byId.get(id);
            return unit == null ? null : unit.parentId();
        }

        /**
         * The hamlets of the hierarchy valid on the day below the unit (or the unit, if a hamlet): down its children
         * and a former district's communes, through units valid on the day only; no history.
         */
        public List<Long> hamletsOn(long rootId, LocalDate day) {
            List<Long> hamlets = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            ArrayDeque<Long> next = new ArrayDeque<>(List.of(rootId));
            while (!next.isEmpty()) {
                Long id = next.poll();
                Coded unit = byId.get(id);
                if (unit == null || !seen.add(id) || (id != rootId && !unit.validOn(day))) {
                    continue;
                }
                if (unit.level() == UnitLevel.HAMLET) {
                    hamlets.add(id);
                }
                next.addAll(children.getOrDefault(id, List.of()));
            }
            return hamlets;
        }

        /** The unit and every unit below it, including history reached through its predecessors. */
        public Set<Long> reachableFrom(long rootId) {
            return reachable.computeIfAbsent(rootId, this::walk);
        }

        /** The unit holding this code on the day, else the one that held it last. */
        public Optional<Long> unitWithCode(String code, LocalDate day) {
            List<Coded> candidates = code == null ? List.of() : byCode.getOrDefault(code, List.of());
            return candidates.stream().filter(u -> u.validOn(day)).findFirst().or(() -> candidates.stream().findFirst())
                    .map(Coded::id);
        }

        private Set<Long> walk(long rootId) {
            Set<Long> seen = new HashSet<>();
            ArrayDeque<Long> next = new ArrayDeque<>(List.of(rootId));
            while (!next.isEmpty()) {
                Long id = next.poll();
                if (seen.add(id)) {
                    next.addAll(edges.getOrDefault(id, List.of()));
                }
            }
            return Set.copyOf(seen);
        }
    }
}
