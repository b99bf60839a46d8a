package vn.lgtq.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import vn.lgtq.group.Group;
import vn.lgtq.group.GroupStatus;
import vn.lgtq.household.Gender;
import vn.lgtq.household.Household;
import vn.lgtq.household.Membership;
import vn.lgtq.household.Person;
import vn.lgtq.household.Relation;
import vn.lgtq.unit.Unit;
import vn.lgtq.unit.UnitLevel;
import vn.lgtq.unit.UnitType;

/**
 * Made-up hamlets of Sơn La, flagged demo, with made-up groups and households, for trying the product:
 * no public source lists hamlets.
 * Tiểu khu 20 lay in thị trấn Hát Lót until 30 June 2025 and lies in xã Mai Sơn since (same GSO code 04105).
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final LocalDate REFORM_DAY = ReferenceDataLoader.REFORM_DAY;
    private static final LocalDate BEFORE_REFORM = ReferenceDataLoader.LAST_DAY_BEFORE_REFORM;

    @Transactional
    public void loadOnce() {
        if (Unit.count("demo", true) == 0) {
            loadHamlets();
        }
        if (Group.count() == 0) {
            loadGroups();
        }
    }

    private void loadHamlets() {
        Unit hatLot = commune("04105", BEFORE_REFORM);
        Unit maiSon = commune("04105", REFORM_DAY);
        Unit toHieu = commune("03646", REFORM_DAY);

        Unit oldTk20 = hamlet("04105-TK20", "Tiểu khu 20", UnitType.TIEU_KHU, hatLot, null, BEFORE_REFORM);
        Unit tk20 = hamlet("04105-TK20", "Tiểu khu 20", UnitType.TIEU_KHU, maiSon, REFORM_DAY, null);
        tk20.predecessorIds.add(oldTk20.id);
        hamlet("04105-TK19", "Tiểu khu 19", UnitType.TIEU_KHU, maiSon, REFORM_DAY, null);
        hamlet("04105-BOAN", "Bản Bó Ẩn", UnitType.BAN, maiSon, REFORM_DAY, null);
        hamlet("03646-TDP1", "Tổ dân phố 1", UnitType.TO_DAN_PHO, toHieu, REFORM_DAY, null);
        hamlet("03646-TDP2", "Tổ dân phố 2", UnitType.TO_DAN_PHO, toHieu, REFORM_DAY, null);
        LOG.info("Loaded demo hamlets of Sơn La");
    }

    /** Groups with made-up households and people (names, phones and CCCD numbers invented). */
    private void loadGroups() {
        Unit tk20 = Unit.find("code = ?1 and validTo is null", "04105-TK20").firstResult();
        Unit tdp1 = Unit.find("code = ?1 and validTo is null", "03646-TDP1").firstResult();
        Group one = group(tk20, 1, "group", LocalDate.of(2016, 3, 15));
        Group two = group(tk20, 2, null, LocalDate.of(2016, 3, 15));
        Group toHieu = group(tdp1, 1, null, LocalDate.of(2017, 5, 10));
        String[][] tk20Heads = {
            {"Nguyễn Văn Hùng", "1972"}, {"Trần Thị Lan", "1980"}, {"Lê Văn Nam", "1965"}, {"Phạm Thị Hoa", "1975"},
            {"Hoàng Văn Minh", "1983"}, {"Vũ Thị Mai", "1990"}, {"Đặng Văn Tuấn", "1969"}, {"Bùi Thị Hằng", "1978"},
            {"Đỗ Văn Long", "1986"}, {"Lò Văn Thắng", "1979"}, {"Cầm Thị Xuân", "1992"},
        };
        for (int i = 0; i < tk20Heads.length; i++) {
            Household household = household(tk20, "TK20-%03d".formatted(i + 1), tk20Heads[i][0],
                    Integer.parseInt(tk20Heads[i][1]), "Số " + (10 + i * 3) + ", đường Chu Văn Thịnh", i);
            if (i < 6) {
                member(household, one);
            } else if (i < 9) {
                member(household, two);
            }
            if (i == 0) {
                one.leaderPersonId = household.people.get(0).id;
            }
            if (i == 1) {
                one.deputyPersonId = household.people.get(0).id;
            }
        }
        String[] tdp1Heads = {"Quàng Văn Sơn", "Lường Thị Thu", "Điêu Văn Phong", "Tòng Thị Hiền", "Hà Văn Dũng"};
        for (int i = 0; i < tdp1Heads.length; i++) {
            member(household(tdp1, "TDP1-%03d".formatted(i + 1), tdp1Heads[i], 1970 + i * 4, "Tổ 1, phường Tô Hiệu", i),
                    toHieu);
        }
        LOG.info("Loaded demo groups and households");
    }

    private static Group group(Unit hamlet, int number, String leaderAccount, LocalDate foundedOn) {
        Group group = new Group();
        group.hamletId = hamlet.id;
        group.number = number;
        group.name = "Nhóm LGTQ số " + number + ", " + hamlet.name;
        group.status = GroupStatus.ACTIVE;
        group.foundedOn = foundedOn;
        group.leaderAccount = leaderAccount;
        group.persist();
        return group;
    }

    private static Household household(Unit hamlet, String code, String headName, int birthYear, String address,
            int seed) {
        Household household = new Household();
        household.hamletId = hamlet.id;
        household.code = code;
        household.address = address;
        household.phone = "09%08d".formatted(12_345_000 + seed * 7_919);
        boolean woman = headName.contains(" Thị ");
        household.people.add(person(household, 0, headName, birthYear, woman ? Gender.FEMALE : Gender.MALE, Relation.HEAD,
                "014%d%02d%06d".formatted(woman ? 1 : 0, birthYear % 100, 100_000 + seed)));
        String family = headName.substring(0, headName.indexOf(' '));
        household.people.add(person(household, 1, family + (woman ? " Văn An" : " Thị Bình"), birthYear + 2,
                woman ? Gender.MALE : Gender.FEMALE, Relation.SPOUSE, null));
        household.people.add(person(household, 2, family + " Minh Khang", 2008 + seed % 8, Gender.MALE, Relation.CHILD,
                null));
        household.persist();
        return household;
    }

    private static Person person(Household household, int position, String name, int birthYear, Gender gender,
            Relation relation, String citizenId) {
        Person person = new Person();
        person.household = household;
        person.position = position;
        person.fullName = name;
        person.birthYear = birthYear;
        person.gender = gender;
        person.relation = relation;
        person.citizenId = citizenId;
        return person;
    }

    private static void member(Household household, Group group) {
        Membership membership = new Membership();
        membership.householdId = household.id;
        membership.groupId = group.id;
        membership.joinedOn = group.foundedOn;
        membership.persist();
    }

    private static Unit commune(String code, LocalDate day) {
        List<Unit> units = Unit.list("code = ?1 and level = ?2", code, UnitLevel.COMMUNE);
        return units.stream().filter(u -> u.isValidOn(day)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Reference data lacks commune " + code + " on " + day));
    }

    private static Unit hamlet(String code, String name, UnitType type, Unit commune, LocalDate from, LocalDate to) {
        Unit hamlet = new Unit();
        hamlet.code = code;
        hamlet.name = name;
        hamlet.level = UnitLevel.HAMLET;
        hamlet.type = type;
        hamlet.parentId = commune.id;
        hamlet.validFrom = from;
        hamlet.validTo = to;
        hamlet.demo = true;
        hamlet.persistAndFlush();
        return hamlet;
    }
}
