package vn.lgtq.reference;

import static vn.lgtq.reference.SonLaModel.rng;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import vn.lgtq.reference.SonLaModel.Hamlet;
import vn.lgtq.reference.SonLaNames.Ethnicity;
import vn.lgtq.unit.UnitType;

/** Made-up households of a hamlet with their people: the same ones every time for the same hamlet. */
final class SonLaHouseholds {
    /** Shares of households of 1, 2, ... 8 people (about 3.7 people a household). */
    private static final double[] SIZES = {0.07, 0.15, 0.24, 0.27, 0.15, 0.08, 0.03, 0.01};

    private SonLaHouseholds() {
    }

    record Person(int position, String name, int birthYear, boolean male, String relation) {
    }

    record Generated(String code, String address, List<Person> people, double merit) {
        String headName() {
            return people.get(0).name();
        }
    }

    /** The households a hamlet gets on top of the ones it has; codes already taken are skipped. */
    static List<Generated> generate(Hamlet h, Set<String> takenCodes) {
        int count = h.households - h.existingHouseholds;
        List<Generated> result = new ArrayList<>(count);
        if (count <= 0) {
            return result;
        }
        SplittableRandom r = rng("people:" + h.code);
        int[] sizes = new int[count];
        int people = 0;
        for (int i = 0; i < count; i++) {
            sizes[i] = size(r);
            people += sizes[i];
        }
        if (h.people > 0) {
            int target = h.people - h.existingPeople;
            while (people != target) {
                int i = r.nextInt(count);
                if (people < target && sizes[i] < 8) {
                    sizes[i]++;
                    people++;
                } else if (people > target && sizes[i] > 1) {
                    sizes[i]--;
                    people--;
                }
            }
        }
        String street = SonLaNames.pick(r, SonLaNames.STREETS);
        int number = 0;
        int house = 0;
        for (int i = 0; i < count; i++) {
            String code;
            do {
                number++;
                code = h.householdPrefix + (number < 10 ? "00" : number < 100 ? "0" : "") + number;
            } while (takenCodes.contains(code));
            house += 2 + r.nextInt(3);
            String address;
            if (h.tk20) {
                address = "Số " + house + ", xóm " + (1 + i * 6 / count) + ", " + h.name;
            } else if (h.type == UnitType.BAN) {
                address = h.name + ", " + h.commune.lowerName();
            } else {
                address = "Số " + house + ", đường " + street + ", " + h.name;
            }
            result.add(new Generated(code, address, people(r, h.kind.ethnicity(r), sizes[i]), r.nextGaussian()));
        }
        return result;
    }

    private static int size(SplittableRandom r) {
        double u = r.nextDouble();
        for (int i = 0; i < SIZES.length; i++) {
            u -= SIZES[i];
            if (u < 0) {
                return i + 1;
            }
        }
        return SIZES.length;
    }

    /** A head (most often a man), a spouse, sometimes a parent, children or grandchildren. */
    private static List<Person> people(SplittableRandom r, Ethnicity e, int size) {
        List<Person> people = new ArrayList<>(size);
        boolean headMale = r.nextDouble() < 0.82;
        int headBorn = 1950 + r.nextInt(46);
        String headFamily = e.family(r);
        people.add(new Person(0, e.name(r, headFamily, headMale), headBorn, headMale, "HEAD"));
        String fatherFamily = headMale ? headFamily : null;
        if (size > 1 && r.nextDouble() < 0.88) {
            String family = e.family(r);
            if (family.equals(headFamily)) {
                family = e.family(r);
            }
            int born = headMale ? headBorn + r.nextInt(7) : headBorn - r.nextInt(7);
            people.add(new Person(people.size(), e.name(r, family, !headMale), born, !headMale, "SPOUSE"));
            if (!headMale) {
                fatherFamily = family;
            }
        }
        if (fatherFamily == null) {
            fatherFamily = headFamily;
        }
        if (people.size() < size && headBorn >= 1972 && size >= 5 && r.nextDouble() < 0.45) {
            boolean male = r.nextBoolean();
            people.add(new Person(people.size(), e.name(r, male && headMale ? headFamily : e.family(r), male),
                    headBorn - 24 - r.nextInt(9), male, "PARENT"));
        }
        int childBorn = headBorn + 20 + r.nextInt(6);
        boolean grandchildren = headBorn <= 1960 && size - people.size() >= 3;
        int adultChildren = grandchildren ? 1 + r.nextInt(2) : Integer.MAX_VALUE;
        int children = 0;
        while (people.size() < size) {
            boolean male = r.nextBoolean();
            if (children < adultChildren) {
                people.add(new Person(people.size(), e.name(r, fatherFamily, male), Math.min(2025, childBorn), male,
                        "CHILD"));
                childBorn += 2 + r.nextInt(4);
                children++;
            } else {
                int born = Math.min(2025, 2000 + r.nextInt(25));
                people.add(new Person(people.size(), e.name(r, fatherFamily, male), born, male, "GRANDCHILD"));
            }
        }
        return people;
    }
}
