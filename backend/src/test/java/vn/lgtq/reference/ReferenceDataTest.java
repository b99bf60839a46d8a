package vn.lgtq.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lgtq.unit.Unit;
import vn.lgtq.unit.UnitLevel;

/** The national lists and Sơn La as the reform left them, read straight from the database. */
@QuarkusTest
@TestTransaction
class ReferenceDataTest {
    static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
    static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

    @Inject
    ReferenceDataLoader loader;

    @Test
    void nationalCountsBeforeAndAfterTheReform() {
        assertEquals(63, validOn(UnitLevel.PROVINCE, BEFORE).size());
        assertEquals(34, validOn(UnitLevel.PROVINCE, AFTER).size());
        assertEquals(696, validOn(UnitLevel.DISTRICT, BEFORE).size());
        assertEquals(0, validOn(UnitLevel.DISTRICT, AFTER).size());
        assertEquals(3321, validOn(UnitLevel.COMMUNE, AFTER).size());
        assertEquals(10035, validOn(UnitLevel.COMMUNE, BEFORE).size());
    }

    @Test
    void everyProvinceBeforeAndAfterTheReformHangsUnderTheOneCountry() {
        List<Unit> country = Unit.list("level", UnitLevel.COUNTRY);
        assertEquals(1, country.size());
        assertEquals("VN", country.get(0).code);
        assertEquals(0, Unit.count("level = ?1 and (parentId is null or parentId <> ?2)", UnitLevel.PROVINCE,
                country.get(0).id));
        assertEquals(63 + 34 - 11, Unit.count("parentId = ?1", country.get(0).id), "63 before, 34 after, 11 unchanged");
    }

    @Test
    void sonLaKeepsOneProvinceTwelveDistrictsAndTwoHundredThenSeventyFiveCommunes() {
        List<Unit> sonLa = Unit.list("code = '14' and level = ?1", UnitLevel.PROVINCE);
        assertEquals(1, sonLa.size(), "Sơn La was not merged: one unit across the reform");
        Unit province = sonLa.get(0);
        assertEquals(12, official(Unit.list("parentId = ?1 and level = ?2", province.id, UnitLevel.DISTRICT)));
        assertEquals(200, official(Unit.list("level = ?1 and parentId in (select id from Unit where parentId = ?2)",
                UnitLevel.COMMUNE, province.id)));
        assertEquals(75, official(Unit.list("parentId = ?1 and level = ?2 and validFrom = ?3", province.id,
                UnitLevel.COMMUNE, AFTER)));
    }

    @Test
    void xaMaiSonReplacedThiTranHatLotAndKeepsItsFormerDistrict() {
        Unit maiSon = Unit.find("code = '04105' and validFrom = ?1", AFTER).firstResult();
        Unit hatLot = Unit.find("code = '04105' and validTo = ?1", BEFORE).firstResult();
        Unit district = Unit.find("code = '125'").firstResult();
        assertEquals("Xã Mai Sơn", maiSon.name);
        assertEquals("Thị trấn Hát Lót", hatLot.name);
        assertEquals("Huyện Mai Sơn", district.name);
        assertEquals(3, maiSon.predecessorIds.size());
        assertTrue(maiSon.predecessorIds.contains(hatLot.id));
        assertEquals(district.id, maiSon.formerDistrictId);
        assertEquals(district.id, hatLot.parentId);
    }

    @Test
    void mergedProvincesEndAndTheirSuccessorsListThem() {
        List<Unit> tuyenQuang = Unit.list("code = '08' and level = ?1 order by validFrom nulls first",
                UnitLevel.PROVINCE);
        assertEquals(2, tuyenQuang.size(), "the GSO reused code 08 for the merged province");
        assertEquals(BEFORE, tuyenQuang.get(0).validTo);
        assertEquals(2, tuyenQuang.get(1).predecessorIds.size());
    }

    @Test
    void loadingAgainChangesNothing() {
        long before = Unit.count();
        loader.loadOnce();
        assertEquals(before, Unit.count());
    }

    /**
     * The reference list's units valid on the day: GSO codes are all digits, unlike the codes other tests give the
     * units they create (which may run before this one).
     */
    private static List<Unit> validOn(UnitLevel level, LocalDate day) {
        return Unit.<Unit>list("level = ?1 and demo = false", level).stream()
                .filter(u -> u.isValidOn(day) && isGso(u)).toList();
    }

    private static long official(List<Unit> units) {
        return units.stream().filter(ReferenceDataTest::isGso).count();
    }

    private static boolean isGso(Unit unit) {
        return unit.code.matches("\\d+");
    }
}
