package vn.lgtq.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.lgtq.reference.SonLaNames.Ethnicity;
import vn.lgtq.unit.UnitType;

/** The units, hamlets, groups and households the Sơn La demo data is made of, while it is being generated. */
final class SonLaModel {
    private SonLaModel() {
    }

    /** Everything derives from this seed and a key naming what is drawn (hamlet code, group number, ...). */
    static final long SEED = 0x14_2016_2026L;

    static SplittableRandom rng(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return new SplittableRandom(SEED ^ hash);
    }

    /** A current commune (since 1 July 2025, under the province). */
    static final class Commune {
        long id;
        String code;
        String name;
        UnitType type;
        final List<OldCommune> predecessors = new ArrayList<>();
        /** Made-up name of the commune police officer who follows its reintegration cases. */
        String officer;

        /** "xã Mường Lạn" for addresses. */
        String lowerName() {
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
    }

    /** A commune until 30 June 2025, under its district. */
    static final class OldCommune {
        long id;
        String code;
        String name;
        UnitType type;
        String districtCode;
        String districtName;
        final List<Commune> successors = new ArrayList<>();
        int hamlets;
        int existingHamlets;
        /** Share of H'Mông villages among its bản. */
        double mongShare;
    }

    enum Kind {
        URBAN, THAI, MONG, MIXED;

        Ethnicity ethnicity(SplittableRandom rng) {
            double u = rng.nextDouble();
            return switch (this) {
                case URBAN -> u < 0.70 ? Ethnicity.KINH : u < 0.95 ? Ethnicity.THAI : Ethnicity.MONG;
                case THAI -> u < 0.88 ? Ethnicity.THAI : u < 0.96 ? Ethnicity.KINH : Ethnicity.MONG;
                case MONG -> u < 0.93 ? Ethnicity.MONG : u < 0.98 ? Ethnicity.THAI : Ethnicity.KINH;
                case MIXED -> u < 0.45 ? Ethnicity.KINH : u < 0.90 ? Ethnicity.THAI : Ethnicity.MONG;
            };
        }
    }

    /** A made-up hamlet, or one of the small demo set that this data set fills up. */
    static final class Hamlet {
        Long id;
        String code;
        String name;
        UnitType type;
        Commune commune;
        OldCommune territory;
        boolean existing;
        Kind kind;
        /** Household codes start with it, e.g. "TK20-". */
        String householdPrefix;
        boolean hatLot;
        boolean tk20;

        int households;
        int groups;
        int members;
        /** The number of people the hamlet must have in the end (Tiểu khu 20), or 0. */
        int people;
        int existingHouseholds;
        int existingGroups;
        int existingMembers;
        int existingPeople;

        double risk;
        /** Yearly contribution of a member household to its group's fund, VND. */
        long fee;
        /** Share of the yearly contributions the groups spend. */
        double spending;
        /** Added to the yearly shares of cultural families and of groups rated "Tốt". */
        double quality;

        int tips;
        int mediations;
        int reintegrations;

        /** Filled while generating (only for the hamlets being generated). */
        final List<Group> groupRows = new ArrayList<>();
        final List<Household> householdRows = new ArrayList<>();
        final List<Subject> subjects = new ArrayList<>();
        String leaderName;
    }

    static final class Group {
        long id;
        int number;
        LocalDate foundedOn;
        boolean existing;
        Hamlet hamlet;
        double merit;
        final List<Household> members = new ArrayList<>();
        Long leaderPersonId;
    }

    static final class Household {
        long id;
        String code;
        String headName;
        boolean existing;
        Group group;
        double merit;
        Long headPersonId;
    }

    /** A person a reintegration case follows: the household and position the person has in it. */
    record Subject(Household household, int position, String name, int birthYear) {
    }
}
