package vn.lgtq.reference;

import static vn.lgtq.reference.SonLaModel.rng;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import vn.lgtq.reference.SonLaModel.Commune;
import vn.lgtq.reference.SonLaModel.Hamlet;
import vn.lgtq.reference.SonLaModel.Kind;
import vn.lgtq.reference.SonLaModel.OldCommune;
import vn.lgtq.reference.SonLaNames.Ethnicity;
import vn.lgtq.unit.UnitType;

/**
 * The whole province's plan: which made-up hamlets lie in which commune, and how many households, groups, tips,
 * mediation and reintegration cases each has. It is always made for all of the province, so that a run restricted to
 * a few communes generates exactly their share. Sơn La's is the demo data set; the scale bench makes the same plan,
 * Sơn La-size, for the real communes of other provinces.
 */
final class SonLaPlan {
    static final int HAMLETS = 3_000;
    static final int HOUSEHOLDS = 300_000;
    static final int GROUPS = 17_891;
    static final int TIPS = 6_861;
    static final int ARRESTS = 504;
    static final int MEDIATIONS = 650;
    static final int REINTEGRATIONS = 2_987;

    static final String SON_LA = "14";
    static final String HAT_LOT = "04105";
    static final String TK20 = "04105-TK20";
    static final int HAT_LOT_HAMLETS = 21;
    static final int HAT_LOT_HOUSEHOLDS = 5_040;
    static final int HAT_LOT_GROUPS = 260;
    static final int TK20_HOUSEHOLDS = 313;
    static final int TK20_GROUPS = 14;
    static final int TK20_MEMBERS = 308;
    static final int TK20_PEOPLE = 1_172;

    final List<Commune> communes = new ArrayList<>();
    final List<OldCommune> oldCommunes = new ArrayList<>();
    final List<Hamlet> hamlets = new ArrayList<>();

    static SonLaPlan read(Connection c, String provinceCode) throws SQLException {
        SonLaPlan plan = new SonLaPlan();
        plan.readCommunes(c, provinceCode);
        plan.readExistingHamlets(c);
        plan.planHamlets();
        plan.planSizes();
        plan.planCases();
        return plan;
    }

    /** The province's current communes and the old communes they replaced (of the provinces it replaced, if merged). */
    private void readCommunes(Connection c, String provinceCode) throws SQLException {
        Map<String, Commune> byCode = new LinkedHashMap<>();
        Map<String, OldCommune> oldByCode = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT n.id, n.code, n.name, n.type, o.id, o.code, o.name, o.type, d.code, d.name
                FROM unit p
                JOIN unit n ON n.parent_id = p.id AND n.level = 'COMMUNE' AND n.valid_from = DATE '2025-07-01'
                    AND n.valid_to IS NULL AND NOT n.demo
                JOIN unit_predecessor up ON up.unit_id = n.id
                JOIN unit o ON o.id = up.predecessor_id AND o.level = 'COMMUNE' AND o.valid_to = DATE '2025-06-30'
                JOIN unit d ON d.id = o.parent_id AND d.level = 'DISTRICT' AND (d.parent_id = p.id
                    OR d.parent_id IN (SELECT pp.predecessor_id FROM unit_predecessor pp WHERE pp.unit_id = p.id))
                WHERE p.code = ? AND p.level = 'PROVINCE' AND p.valid_to IS NULL
                ORDER BY n.code, o.code""")) {
            s.setString(1, provinceCode);
            readCommunes(s.executeQuery(), byCode, oldByCode);
        }
        if (byCode.isEmpty()) {
            throw new IllegalStateException("The reference data lacks the communes of province " + provinceCode);
        }
        communes.addAll(byCode.values());
        oldCommunes.addAll(oldByCode.values());
        oldCommunes.sort(Comparator.comparing(o -> o.code));
        for (OldCommune old : oldCommunes) {
            old.successors.sort(Comparator.comparing(n -> n.code));
            old.mongShare = 0.05 + 0.55 * rng("mong:" + old.code).nextDouble();
        }
        for (Commune commune : communes) {
            SplittableRandom r = rng("officer:" + commune.code);
            Ethnicity e = r.nextDouble() < 0.6 ? Ethnicity.KINH : Ethnicity.THAI;
            commune.officer = (r.nextBoolean() ? "Đại úy " : "Thượng úy ") + e.name(r, e.family(r), true);
        }
    }

    private static void readCommunes(ResultSet rs, Map<String, Commune> byCode, Map<String, OldCommune> oldByCode)
            throws SQLException {
        try (rs) {
            while (rs.next()) {
                Commune commune = byCode.computeIfAbsent(rs.getString(2), code -> new Commune());
                commune.code = rs.getString(2);
                commune.id = rs.getLong(1);
                commune.name = rs.getString(3);
                commune.type = UnitType.valueOf(rs.getString(4));
                String oldCode = rs.getString(6);
                OldCommune old = oldByCode.get(oldCode);
                if (old == null) {
                    old = new OldCommune();
                    old.id = rs.getLong(5);
                    old.code = oldCode;
                    old.name = rs.getString(7);
                    old.type = UnitType.valueOf(rs.getString(8));
                    old.districtCode = rs.getString(9);
                    old.districtName = rs.getString(10);
                    oldByCode.put(oldCode, old);
                }
                commune.predecessors.add(old);
                old.successors.add(commune);
            }
        }
    }

    /** The demo hamlets already there (Tiểu khu 20 and its neighbours): filled up, never replaced. */
    private void readExistingHamlets(Connection c) throws SQLException {
        Map<Long, Commune> byId = new HashMap<>();
        communes.forEach(n -> byId.put(n.id, n));
        Map<String, OldCommune> oldByCode = new HashMap<>();
        oldCommunes.forEach(o -> oldByCode.put(o.code, o));
        try (PreparedStatement s = c.prepareStatement("""
                SELECT u.id, u.code, u.name, u.type, u.parent_id,
                    (SELECT count(*) FROM household h WHERE h.hamlet_id = u.id),
                    (SELECT count(*) FROM lgtq_group g WHERE g.hamlet_id = u.id),
                    (SELECT count(*) FROM group_membership m JOIN household h ON h.id = m.household_id
                        WHERE h.hamlet_id = u.id AND m.left_on IS NULL),
                    (SELECT count(*) FROM person p JOIN household h ON h.id = p.household_id WHERE h.hamlet_id = u.id)
                FROM unit u WHERE u.demo AND u.level = 'HAMLET' AND u.valid_to IS NULL ORDER BY u.code""");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Commune commune = byId.get(rs.getLong(5));
                if (commune == null) {
                    continue;
                }
                Hamlet h = new Hamlet();
                h.id = rs.getLong(1);
                h.code = rs.getString(2);
                h.name = rs.getString(3);
                h.type = UnitType.valueOf(rs.getString(4));
                h.commune = commune;
                h.existing = true;
                h.existingHouseholds = rs.getInt(6);
                h.existingGroups = rs.getInt(7);
                h.existingMembers = rs.getInt(8);
                h.existingPeople = rs.getInt(9);
                int dash = h.code.indexOf('-');
                h.territory = dash < 0 ? null : oldByCode.get(h.code.substring(0, dash));
                if (h.territory != null && !commune.predecessors.contains(h.territory)) {
                    h.territory = null;
                }
                h.householdPrefix = (dash < 0 ? h.code : h.code.substring(dash + 1)) + "-";
                h.kind = h.type == UnitType.BAN ? Kind.MIXED : Kind.URBAN;
                h.tk20 = TK20.equals(h.code);
                h.hatLot = h.territory != null && HAT_LOT.equals(h.territory.code);
                if (h.territory != null) {
                    h.territory.existingHamlets++;
                }
                hamlets.add(h);
            }
        }
    }

    /** How many hamlets each old commune's territory has, and their names and codes in their current commune. */
    private void planHamlets() {
        List<OldCommune> others = new ArrayList<>();
        double[] weights = new double[(int) oldCommunes.stream().filter(o -> !o.code.equals(HAT_LOT)).count()];
        int[] minimum = new int[weights.length];
        for (OldCommune old : oldCommunes) {
            if (old.code.equals(HAT_LOT)) {
                old.hamlets = Math.max(HAT_LOT_HAMLETS, old.existingHamlets);
                continue;
            }
            int i = others.size();
            others.add(old);
            double base = switch (old.type) {
                case PHUONG -> 12;
                case THI_TRAN -> 14;
                default -> 15;
            };
            weights[i] = base * (0.55 + 0.9 * rng("hamlets:" + old.code).nextDouble());
            minimum[i] = Math.max(4, old.existingHamlets);
        }
        int taken = oldCommunes.stream().filter(o -> o.code.equals(HAT_LOT)).mapToInt(o -> o.hamlets).sum();
        int[] counts = allocate(HAMLETS - taken, weights, minimum);
        for (int i = 0; i < others.size(); i++) {
            others.get(i).hamlets = counts[i];
        }

        Map<Commune, Set<String>> namesIn = new HashMap<>();
        Set<String> codes = new HashSet<>();
        for (Hamlet h : hamlets) {
            namesIn.computeIfAbsent(h.commune, n -> new HashSet<>()).add(h.name);
            codes.add(h.code);
        }
        for (OldCommune old : oldCommunes) {
            int toMake = old.hamlets - old.existingHamlets;
            int counter = 0;
            for (int j = 0; j < toMake; j++) {
                Commune commune = old.successors.get(j % old.successors.size());
                Set<String> names = namesIn.computeIfAbsent(commune, n -> new HashSet<>());
                Hamlet h = new Hamlet();
                h.commune = commune;
                h.territory = old;
                h.hatLot = old.code.equals(HAT_LOT);
                SplittableRandom r = rng("hamlet:" + old.code + ":" + j);
                String abbreviation;
                if (old.type == UnitType.XA) {
                    h.type = UnitType.BAN;
                    double u = r.nextDouble();
                    h.kind = u < old.mongShare ? Kind.MONG : u < old.mongShare + 0.05 ? Kind.MIXED : Kind.THAI;
                    String name;
                    int tries = 0;
                    do {
                        name = "Bản " + SonLaNames.banName(r, h.kind == Kind.MONG);
                        if (++tries > 200) {
                            name = name + " " + tries;
                        }
                    } while (names.contains(name));
                    h.name = name;
                    abbreviation = "B";
                } else {
                    h.type = old.type == UnitType.PHUONG ? UnitType.TO_DAN_PHO : UnitType.TIEU_KHU;
                    h.kind = Kind.URBAN;
                    String prefix = h.type == UnitType.TO_DAN_PHO ? "Tổ dân phố " : "Tiểu khu ";
                    int number = 1;
                    while (names.contains(prefix + number)) {
                        number++;
                    }
                    h.name = prefix + number;
                    abbreviation = h.type == UnitType.TO_DAN_PHO ? "TDP" : "TK";
                }
                names.add(h.name);
                String code;
                do {
                    counter++;
                    code = old.code + "-" + abbreviation + (counter < 10 ? "0" : "") + counter;
                } while (!codes.add(code));
                h.code = code;
                h.householdPrefix = h.type == UnitType.BAN ? code.substring(code.indexOf('-') + 1) + "-"
                        : abbreviation + h.name.substring(h.name.lastIndexOf(' ') + 1) + "-";
                hamlets.add(h);
            }
        }
        hamlets.sort(Comparator.comparing((Hamlet h) -> h.commune.code).thenComparing(h -> h.code));
    }

    /** Households, groups and member households of every hamlet, and its rates. */
    private void planSizes() {
        List<Hamlet> hatLot = hamlets.stream().filter(h -> h.hatLot && !h.tk20).toList();
        List<Hamlet> rest = hamlets.stream().filter(h -> !h.hatLot && !h.tk20).toList();
        Hamlet tk20 = hamlets.stream().filter(h -> h.tk20).findFirst().orElse(null);
        int fixedHouseholds = 0;
        int fixedGroups = 0;
        if (tk20 != null) {
            tk20.households = Math.max(TK20_HOUSEHOLDS, tk20.existingHouseholds);
            tk20.groups = Math.max(TK20_GROUPS, tk20.existingGroups);
            tk20.members = Math.max(TK20_MEMBERS, tk20.existingMembers);
            tk20.people = TK20_PEOPLE;
            fixedHouseholds = tk20.households;
            fixedGroups = tk20.groups;
        }
        for (Hamlet h : hamlets) {
            SplittableRandom r = rng("size:" + h.code);
            h.risk = switch (h.kind) {
                case MONG -> 1.4;
                case URBAN -> 1.2;
                case MIXED -> 1.1;
                case THAI -> 1.0;
            } * (0.6 + 0.8 * r.nextDouble());
            h.quality = (r.nextDouble() - 0.5) * 0.1;
            h.fee = h.hatLot ? 30_000 : h.kind == Kind.URBAN ? 15_000 + 1_000L * r.nextInt(11)
                    : 10_000 + 1_000L * r.nextInt(6);
            h.spending = h.hatLot ? 0.3 : h.kind == Kind.URBAN ? 0.55 + 0.25 * r.nextDouble() : 0.6 + 0.25 * r.nextDouble();
        }
        // Hát Lót's fixed share exists in Sơn La only: elsewhere the rest is the whole province.
        int hatLotHouseholds = hatLot.isEmpty() ? 0 : HAT_LOT_HOUSEHOLDS;
        int hatLotGroups = hatLot.isEmpty() ? 0 : HAT_LOT_GROUPS;
        sizeHouseholds(hatLot, hatLotHouseholds - fixedHouseholds);
        sizeHouseholds(rest, HOUSEHOLDS - hatLotHouseholds);
        sizeGroups(hatLot, hatLotGroups - fixedGroups);
        sizeGroups(rest, GROUPS - hatLotGroups);
        for (Hamlet h : hamlets) {
            if (h.tk20) {
                continue;
            }
            double outside = 0.005 + 0.025 * rng("members:" + h.code).nextDouble();
            h.members = Math.max(Math.max(h.groups, h.existingMembers), h.households - (int) Math.round(h.households * outside));
        }
    }

    private static void sizeHouseholds(List<Hamlet> list, int total) {
        double[] weights = new double[list.size()];
        int[] minimum = new int[list.size()];
        for (int i = 0; i < weights.length; i++) {
            Hamlet h = list.get(i);
            double u = rng("households:" + h.code).nextDouble();
            weights[i] = h.hatLot ? 230 + 40 * u : h.kind == Kind.URBAN ? 150 + 160 * u : 40 + 110 * u;
            minimum[i] = Math.max(h.existingHouseholds, 20);
        }
        int[] counts = allocate(total, weights, minimum);
        for (int i = 0; i < counts.length; i++) {
            list.get(i).households = counts[i];
        }
    }

    private static void sizeGroups(List<Hamlet> list, int total) {
        double[] weights = new double[list.size()];
        int[] minimum = new int[list.size()];
        for (int i = 0; i < weights.length; i++) {
            Hamlet h = list.get(i);
            double u = rng("groups:" + h.code).nextDouble();
            double size = h.hatLot ? 19 : h.kind == Kind.URBAN ? 18 + 6 * u : 14 + 6 * u;
            weights[i] = h.households / size;
            minimum[i] = Math.max(1, h.existingGroups);
        }
        int[] counts = allocate(total, weights, minimum);
        for (int i = 0; i < counts.length; i++) {
            list.get(i).groups = counts[i];
        }
    }

    /** Tips, mediation and reintegration cases per hamlet: the ten-year totals shared out by size and risk. */
    private void planCases() {
        double[] tips = new double[hamlets.size()];
        double[] mediations = new double[hamlets.size()];
        double[] reintegrations = new double[hamlets.size()];
        int[] zero = new int[hamlets.size()];
        for (int i = 0; i < tips.length; i++) {
            Hamlet h = hamlets.get(i);
            SplittableRandom r = rng("cases:" + h.code);
            tips[i] = h.households * h.risk;
            mediations[i] = h.households * (0.5 + r.nextDouble());
            reintegrations[i] = h.households * h.risk * (0.5 + r.nextDouble());
        }
        int[] t = allocate(TIPS, tips, zero);
        int[] m = allocate(MEDIATIONS, mediations, zero);
        int[] r = allocate(REINTEGRATIONS, reintegrations, zero);
        for (int i = 0; i < t.length; i++) {
            hamlets.get(i).tips = t[i];
            hamlets.get(i).mediations = m[i];
            hamlets.get(i).reintegrations = r[i];
        }
    }

    /**
     * Shares a total out in proportion to the weights, each share at least its minimum (largest remainders; ties go
     * to the earlier entry), so that the shares add up to the total exactly.
     */
    static int[] allocate(int total, double[] weights, int[] minimum) {
        int[] counts = minimum.clone();
        long rest = total;
        for (int m : minimum) {
            rest -= m;
        }
        if (rest < 0) {
            throw new IllegalStateException("Cannot share " + total + " out with these minimums");
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] fractions = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double quota = sum == 0 ? 0 : rest * weights[i] / sum;
            int whole = (int) Math.floor(quota);
            counts[i] += whole;
            given += whole;
            fractions[i] = quota - whole;
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> fractions[a] != fractions[b] ? Double.compare(fractions[b], fractions[a])
                : Integer.compare(a, b));
        for (int k = 0; k < rest - given; k++) {
            counts[order[k % order.length]]++;
        }
        return counts;
    }
}
