package vn.lgtq.reference;

import static vn.lgtq.reference.SonLaModel.rng;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import vn.lgtq.bulk.CopyWriter;
import vn.lgtq.reference.SonLaModel.Group;
import vn.lgtq.reference.SonLaModel.Hamlet;
import vn.lgtq.reference.SonLaModel.Household;
import vn.lgtq.reference.SonLaModel.Subject;
import vn.lgtq.unit.SearchText;

/**
 * A Sơn La-size demo data set, generated once per database on top of the small demo set: about 3,000 made-up hamlets
 * in the real communes of Sơn La, 17,891 groups, 300,000 households (1.1 million people) and ten years of their
 * activity (December 2016 to November 2026) at the rates of the province's ten-year figures. Hamlets, people and
 * activity are invented; the same content comes out every time (everything is drawn from fixed seeds).
 */
@ApplicationScoped
public class SonLaDemo {
    public static final String DATASET = "demo-son-la-2026";
    /** The scale bench's other provinces, each Sơn La-size: this prefix and the province code. */
    static final String OTHER_PROVINCE_DATASET = "demo-son-la-size-2026@";
    /** Who "recorded" the generated rows. */
    static final String ACTOR = "demo-son-la";
    static final LocalDate START = LocalDate.of(2016, 12, 1);
    /** The last day with activity: the data set ends here even when it is generated later. */
    static final LocalDate LAST = LocalDate.of(2026, 11, 28);

    private static final Logger LOG = Logger.getLogger(SonLaDemo.class);
    private static final long LOCK = 14_2016_2026L;
    private static final int CHUNK = 200;

    @Inject
    DataSource dataSource;

    @Inject
    SonLaCases cases;

    /** Generates the data set unless this database has it; runs on its own connection and commits. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void loadOnce() {
        generate(null);
    }

    /**
     * For the scale bench: Sơn La, then the same Sơn La-size data in the real communes of the next current provinces
     * by code, up to {@code provinces} in all; each once per database. Returns the codes of the provinces generated.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<String> loadProvinces(int provinces) {
        loadOnce();
        List<String> codes = new ArrayList<>(List.of(SonLaPlan.SON_LA));
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT code FROM unit WHERE level = 'PROVINCE' AND valid_to IS NULL AND code <> ? ORDER BY code
                LIMIT ?""")) {
            s.setString(1, SonLaPlan.SON_LA);
            s.setInt(2, Math.max(0, provinces - 1));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list the provinces", e);
        }
        codes.stream().skip(1).forEach(code -> generate(code, OTHER_PROVINCE_DATASET + code, null));
        return codes;
    }

    /**
     * Generates the data of the given current communes (codes), or of all of Sơn La when null, once: a second call
     * finds the marker and returns 0. Returns the number of rows generated.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    long generate(Collection<String> communeCodes) {
        return generate(SonLaPlan.SON_LA, communeCodes == null ? DATASET
                : DATASET + ":" + String.join(",", new TreeSet<>(communeCodes)), communeCodes);
    }

    private long generate(String provinceCode, String dataset, Collection<String> communeCodes) {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            long rows;
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")"); // two replicas starting together load once
                    s.execute("SET LOCAL synchronous_commit = off");
                    s.execute("SET LOCAL work_mem = '64MB'");
                    s.execute("SET LOCAL maintenance_work_mem = '256MB'");
                }
                if (loaded(c, dataset)) {
                    c.rollback();
                    return 0;
                }
                LOG.infof("Generating the Sơn La-size demo data (%s); this takes a while, once per database", dataset);
                rows = new Run(c, lastDay(), provinceCode).generate(communeCodes);
                try (PreparedStatement mark = c.prepareStatement(
                        "INSERT INTO reference_dataset (name, row_count) VALUES (?, ?)")) {
                    mark.setString(1, dataset);
                    mark.setInt(2, (int) Math.min(Integer.MAX_VALUE, rows));
                    mark.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            long analyze = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE unit, lgtq_group, household, person, group_membership, group_meeting, patrol,"
                        + " propaganda_session, household_commitment, household_cultural_rating, group_rating, fund_entry,"
                        + " tip, tip_event, mediation_case, reintegration_case, reintegration_contact, hamlet_row_count,"
                        + " hamlet_cultural_year");
            }
            LOG.infof("Sơn La demo data: %,d rows in %.1f s (analyze %.1f s)", rows, seconds(started), seconds(analyze));
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not generate the Sơn La demo data", e);
        }
    }

    /** The data set ends on {@link #LAST}, or yesterday if the clock is earlier: nothing lies in the future. */
    static LocalDate lastDay() {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        return yesterday.isBefore(LAST) ? yesterday : LAST;
    }

    private static boolean loaded(Connection c, String dataset) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM reference_dataset WHERE name = ?")) {
            query.setString(1, dataset);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** One generation, on one connection and in one transaction. */
    final class Run {
        final Connection c;
        final LocalDate last;
        List<Hamlet> hamlets;
        SonLaPlan plan;
        BulkLoad bulk;
        long total;

        final String provinceCode;

        Run(Connection c, LocalDate last, String provinceCode) {
            this.c = c;
            this.last = last;
            this.provinceCode = provinceCode;
        }

        long generate(Collection<String> communeCodes) throws SQLException {
            long t = System.nanoTime();
            plan = SonLaPlan.read(c, provinceCode);
            hamlets = plan.hamlets.stream()
                    .filter(h -> communeCodes == null || communeCodes.contains(h.commune.code)).toList();
            if (communeCodes != null && hamlets.isEmpty()) {
                throw new IllegalArgumentException("No commune of province " + provinceCode + " among " + communeCodes);
            }
            stage("plan", hamlets.size(), t);
            t = System.nanoTime();
            stage("hamlets", insertHamlets(), t);
            t = System.nanoTime();
            stage("groups", insertGroups(), t);
            t = System.nanoTime();
            bulk = new BulkLoad(c);
            bulk.relax("household", "household_code_unique_in_hamlet");
            bulk.relax("person");
            bulk.relax("group_membership");
            long[] households = insertHouseholds();
            bulk.restore("household");
            bulk.restore("person");
            bulk.restore("group_membership");
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE household, person, group_membership, lgtq_group"); // the next stages look people up
            }
            stage("households", households[0], t);
            LOG.infof("Sơn La demo data: %-30s %,10d rows", "people", households[1]);
            LOG.infof("Sơn La demo data: %-30s %,10d rows", "group memberships", households[2]);
            total += households[1] + households[2];
            t = System.nanoTime();
            stage("group leaders", setLeaders(), t);
            SonLaActivity activity = new SonLaActivity(c, hamlets, last);
            t = System.nanoTime();
            stage("meetings", bulk.load("group_meeting", activity::meetings), t);
            t = System.nanoTime();
            stage("patrols", bulk.load("patrol", activity::patrols), t);
            t = System.nanoTime();
            stage("propaganda sessions", bulk.load("propaganda_session", activity::propaganda), t);
            t = System.nanoTime();
            stage("household commitments", bulk.load("household_commitment", activity::commitments), t);
            t = System.nanoTime();
            stage("cultural-family ratings", bulk.load("household_cultural_rating", activity::culturalRatings), t);
            t = System.nanoTime();
            stage("group ratings", bulk.load("group_rating", activity::groupRatings), t);
            t = System.nanoTime();
            stage("fund entries", bulk.load("fund_entry", activity::funds), t);
            Set<String> communes = communeCodes == null ? null : Set.copyOf(communeCodes);
            t = System.nanoTime();
            stage("commune safety standards", cases.safetyStandards(c, plan, communes, last), t);
            t = System.nanoTime();
            stage("key areas", cases.keyAreas(c, plan, hamlets, last), t);
            t = System.nanoTime();
            stage("recognitions", cases.recognitions(c, plan, hamlets, last), t);
            t = System.nanoTime();
            stage("tips (+ events)", cases.tips(c, plan, hamlets, last), t);
            t = System.nanoTime();
            stage("mediation cases (+ parties...)", cases.mediations(c, hamlets, last), t);
            t = System.nanoTime();
            stage("reintegration cases (+ ...)", cases.reintegrations(c, hamlets, last), t);
            return total;
        }

        private void stage(String name, long rows, long since) {
            total += name.equals("plan") ? 0 : rows;
            double restore = bulk == null ? 0 : bulk.takeRestoreSeconds();
            LOG.infof("Sơn La demo data: %-30s %,10d rows %6.1f s%s", name, rows, seconds(since),
                    restore > 0 ? " (keys and indexes rebuilt in %.1f s)".formatted(restore) : "");
        }

        private long insertHamlets() throws SQLException {
            List<Hamlet> fresh = hamlets.stream().filter(h -> h.id == null).toList();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO unit (code, name, search_name, level, type,"
                    + " parent_id, demo) VALUES (?, ?, ?, 'HAMLET', ?, ?, TRUE)", new String[] {"id"})) {
                for (Hamlet h : fresh) {
                    insert.setString(1, h.code);
                    insert.setString(2, h.name);
                    insert.setString(3, SearchText.fold(h.name));
                    insert.setString(4, h.type.name());
                    insert.setLong(5, h.commune.id);
                    insert.addBatch();
                }
                insert.executeBatch();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    for (Hamlet h : fresh) {
                        keys.next();
                        h.id = keys.getLong(1);
                    }
                }
            }
            return fresh.size();
        }

        /** The groups the hamlets have, then new ones up to the planned number (lowest free numbers). */
        private long insertGroups() throws SQLException {
            Map<Long, Hamlet> byId = byId();
            List<Long> existing = hamlets.stream().filter(h -> h.existing).map(h -> h.id).toList();
            if (!existing.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("SELECT id, hamlet_id, number, founded_on, leader_person_id"
                        + " FROM lgtq_group WHERE hamlet_id = ANY(?) ORDER BY hamlet_id, number")) {
                    s.setArray(1, longs(existing));
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            Group g = new Group();
                            g.id = rs.getLong(1);
                            g.hamlet = byId.get(rs.getLong(2));
                            g.number = rs.getInt(3);
                            g.foundedOn = rs.getObject(4, LocalDate.class);
                            g.leaderPersonId = (Long) rs.getObject(5);
                            g.existing = true;
                            g.merit = rng("group:" + g.hamlet.code + ":" + g.number).nextGaussian();
                            g.hamlet.groupRows.add(g);
                        }
                    }
                }
            }
            long rows = 0;
            try (CopyWriter copy = new CopyWriter(c, "lgtq_group",
                    "hamlet_id, number, name, search_name, founded_on, status, created_at")) {
                for (Hamlet h : hamlets) {
                    Set<Integer> numbers = h.groupRows.stream().map(g -> g.number).collect(Collectors.toSet());
                    int number = 0;
                    while (h.groupRows.size() < h.groups) {
                        do {
                            number++;
                        } while (numbers.contains(number));
                        Group g = new Group();
                        g.hamlet = h;
                        g.number = number;
                        SplittableRandom r = rng("group:" + h.code + ":" + number);
                        g.merit = r.nextGaussian();
                        g.foundedOn = foundingDay(h, r);
                        h.groupRows.add(g);
                        String name = "Nhóm LGTQ số " + number + ", " + h.name;
                        copy.number(h.id).number(number).text(name).text(SearchText.fold(name)).date(g.foundedOn)
                                .text("ACTIVE").time(g.foundedOn, 8 * 60).endRow();
                    }
                    h.groupRows.sort(Comparator.comparingInt(g -> g.number));
                }
                rows = copy.finish();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, hamlet_id, number FROM lgtq_group WHERE hamlet_id = ANY(?)")) {
                s.setArray(1, longs(hamlets.stream().map(h -> h.id).toList()));
                Map<Long, Map<Integer, Long>> ids = new HashMap<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.computeIfAbsent(rs.getLong(2), k -> new HashMap<>()).put(rs.getInt(3), rs.getLong(1));
                    }
                }
                for (Hamlet h : hamlets) {
                    for (Group g : h.groupRows) {
                        g.id = ids.get(h.id).get(g.number);
                    }
                }
            }
            return rows;
        }

        /** The model began in 2015–2016; one group in five was founded later (a hamlet grew, a group split). */
        private static LocalDate foundingDay(Hamlet h, SplittableRandom r) {
            if (h.hatLot) {
                return LocalDate.of(2016, 3, 15);
            }
            if (r.nextDouble() < 0.8) {
                return LocalDate.of(2015, 3, 1).plusDays(r.nextInt(640));
            }
            double u = r.nextDouble();
            return START.plusDays((long) (2900 * u * u));
        }

        /**
         * Households and people, in chunks of hamlets (households first, then their people with the new ids), and
         * who belongs to which group: each group gets a run of neighbouring households.
         */
        private long[] insertHouseholds() throws SQLException {
            long[] rows = new long[3];
            loadExistingHouseholds();
            for (int from = 0; from < hamlets.size(); from += CHUNK) {
                List<Hamlet> chunk = hamlets.subList(from, Math.min(hamlets.size(), from + CHUNK));
                Map<Hamlet, List<SonLaHouseholds.Generated>> generated = new HashMap<>();
                try (CopyWriter copy = new CopyWriter(c, "household",
                        "hamlet_id, code, head_name, address, search_text")) {
                    for (Hamlet h : chunk) {
                        Set<String> taken = h.householdRows.stream().map(x -> x.code).collect(Collectors.toSet());
                        List<SonLaHouseholds.Generated> list = SonLaHouseholds.generate(h, taken);
                        generated.put(h, list);
                        for (SonLaHouseholds.Generated g : list) {
                            copy.number(h.id).text(g.code()).text(g.headName()).text(g.address())
                                    .text(SearchText.fold(g.code() + " " + g.headName() + " " + g.address())).endRow();
                        }
                    }
                    rows[0] += copy.finish();
                }
                Map<Long, Map<String, Long>> ids = new HashMap<>();
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT hamlet_id, code, id FROM household WHERE hamlet_id = ANY(?)")) {
                    s.setArray(1, longs(chunk.stream().map(h -> h.id).toList()));
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            ids.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                        }
                    }
                }
                try (CopyWriter copy = new CopyWriter(c, "person",
                        "household_id, position, full_name, birth_year, gender, relation")) {
                    for (Hamlet h : chunk) {
                        for (SonLaHouseholds.Generated g : generated.get(h)) {
                            Household household = new Household();
                            household.id = ids.get(h.id).get(g.code());
                            household.code = g.code();
                            household.headName = g.headName();
                            household.merit = g.merit();
                            h.householdRows.add(household);
                            for (SonLaHouseholds.Person p : g.people()) {
                                copy.number(household.id).number(p.position()).text(p.name()).number(p.birthYear())
                                        .text(p.male() ? "MALE" : "FEMALE").text(p.relation()).endRow();
                            }
                        }
                    }
                    rows[1] += copy.finish();
                }
                try (CopyWriter copy = new CopyWriter(c, "group_membership", "household_id, group_id, joined_on")) {
                    for (Hamlet h : chunk) {
                        assignGroups(h, generated.get(h).size(), copy);
                        chooseSubjects(h, generated.get(h));
                        h.leaderName = h.householdRows.get(rng("leader:" + h.code).nextInt(h.householdRows.size()))
                                .headName;
                    }
                    rows[2] += copy.finish();
                }
            }
            return rows;
        }

        private void loadExistingHouseholds() throws SQLException {
            List<Hamlet> existing = hamlets.stream().filter(h -> h.existing).toList();
            if (existing.isEmpty()) {
                return;
            }
            Map<Long, Hamlet> byId = byId();
            Map<Long, Group> groups = new HashMap<>();
            existing.forEach(h -> h.groupRows.forEach(g -> groups.put(g.id, g)));
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT h.id, h.hamlet_id, h.code, h.head_name, m.group_id,
                        (SELECT p.id FROM person p WHERE p.household_id = h.id ORDER BY p.position LIMIT 1)
                    FROM household h LEFT JOIN group_membership m ON m.household_id = h.id AND m.left_on IS NULL
                    WHERE h.hamlet_id = ANY(?) ORDER BY h.hamlet_id, h.code""")) {
                s.setArray(1, longs(existing.stream().map(h -> h.id).toList()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Household household = new Household();
                        household.id = rs.getLong(1);
                        household.code = rs.getString(3);
                        household.headName = rs.getString(4);
                        household.existing = true;
                        household.headPersonId = (Long) rs.getObject(6);
                        Hamlet h = byId.get(rs.getLong(2));
                        household.merit = rng("household:" + h.code + ":" + household.code).nextGaussian();
                        Long group = (Long) rs.getObject(5);
                        if (group != null && groups.containsKey(group)) {
                            household.group = groups.get(group);
                            household.group.members.add(household);
                        }
                        h.householdRows.add(household);
                    }
                }
            }
        }

        /**
         * The first new households of the hamlet become members (the last few stay outside any group), filling the
         * groups in number order to even sizes.
         */
        private void assignGroups(Hamlet h, int generated, CopyWriter copy) throws SQLException {
            int newMembers = Math.max(0, Math.min(generated, h.members - h.existingMembers));
            List<Household> fresh = h.householdRows.subList(h.householdRows.size() - generated, h.householdRows.size());
            List<Group> groups = h.groupRows;
            int count = groups.size();
            int next = 0;
            for (int i = 0; i < count && next < newMembers; i++) {
                Group g = groups.get(i);
                int target = h.members / count + (i < h.members % count ? 1 : 0);
                while (g.members.size() < target && next < newMembers) {
                    join(fresh.get(next++), g, copy);
                }
            }
            for (int i = 0; next < newMembers; i++) {
                join(fresh.get(next++), groups.get(i % count), copy);
            }
        }

        private void join(Household household, Group g, CopyWriter copy) throws SQLException {
            household.group = g;
            g.members.add(household);
            copy.number(household.id).number(g.id).date(g.foundedOn == null ? START : g.foundedOn).endRow();
        }

        /** The people reintegration cases follow: men of working age in member households, one per household. */
        private void chooseSubjects(Hamlet h, List<SonLaHouseholds.Generated> generated) {
            List<Household> fresh = h.householdRows.subList(h.householdRows.size() - generated.size(),
                    h.householdRows.size());
            List<Subject> candidates = new ArrayList<>();
            for (int i = 0; i < generated.size(); i++) {
                if (fresh.get(i).group == null) {
                    continue;
                }
                for (SonLaHouseholds.Person p : generated.get(i).people()) {
                    if (p.male() && p.birthYear() >= 1968 && p.birthYear() <= 2003
                            && (p.relation().equals("HEAD") || p.relation().equals("CHILD"))) {
                        candidates.add(new Subject(fresh.get(i), p.position(), p.name(), p.birthYear()));
                        break;
                    }
                }
            }
            SplittableRandom r = rng("subjects:" + h.code);
            for (int i = candidates.size() - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                Subject swap = candidates.get(i);
                candidates.set(i, candidates.get(j));
                candidates.set(j, swap);
            }
            h.subjects.addAll(candidates.subList(0, Math.min(h.reintegrations, candidates.size())));
        }

        /** New groups are led by the head of their first member household, seconded by the next one's. */
        private long setLeaders() throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMP TABLE demo_leader (group_id bigint, leader bigint, deputy bigint) ON COMMIT DROP");
            }
            try (CopyWriter copy = new CopyWriter(c, "demo_leader", "group_id, leader, deputy")) {
                for (Hamlet h : hamlets) {
                    for (Group g : h.groupRows) {
                        if (!g.existing && !g.members.isEmpty()) {
                            copy.number(g.id).number(g.members.get(0).id)
                                    .number(g.members.size() > 1 ? g.members.get(1).id : null).endRow();
                        }
                    }
                }
                copy.finish();
            }
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("""
                        UPDATE lgtq_group g SET
                            leader_person_id = (SELECT p.id FROM person p WHERE p.household_id = d.leader AND p.position = 0),
                            deputy_person_id = (SELECT p.id FROM person p WHERE p.household_id = d.deputy AND p.position = 0)
                        FROM demo_leader d WHERE g.id = d.group_id""");
            }
        }

        private Map<Long, Hamlet> byId() {
            Map<Long, Hamlet> byId = new HashMap<>();
            hamlets.forEach(h -> byId.put(h.id, h));
            return byId;
        }

        private Array longs(Collection<Long> values) throws SQLException {
            return c.createArrayOf("bigint", values.toArray());
        }
    }
}
