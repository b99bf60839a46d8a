package vn.lgtq.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnitLevelTest {
    @Test
    void aCommuneHangsUnderADistrictOrStraightUnderItsProvince() {
        assertTrue(UnitLevel.COMMUNE.acceptsParent(UnitLevel.DISTRICT));
        assertTrue(UnitLevel.COMMUNE.acceptsParent(UnitLevel.PROVINCE));
        assertFalse(UnitLevel.COMMUNE.acceptsParent(null));
        assertFalse(UnitLevel.HAMLET.acceptsParent(UnitLevel.DISTRICT));
    }

    @Test
    void aProvinceHangsUnderTheCountryAndTheCountryUnderNothing() {
        assertTrue(UnitLevel.PROVINCE.acceptsParent(UnitLevel.COUNTRY));
        assertFalse(UnitLevel.PROVINCE.acceptsParent(null));
        assertTrue(UnitLevel.COUNTRY.acceptsParent(null));
        assertFalse(UnitLevel.COUNTRY.acceptsParent(UnitLevel.PROVINCE));
    }

    @Test
    void typesAreReadFromOfficialNames() {
        assertEquals(UnitType.THANH_PHO_THUOC_TINH, UnitType.fromFullName(UnitLevel.DISTRICT, "Thành phố Sơn La"));
        assertEquals(UnitType.THANH_PHO, UnitType.fromFullName(UnitLevel.PROVINCE, "Thành phố Hà Nội"));
        assertEquals(UnitType.THI_TRAN, UnitType.fromFullName(UnitLevel.COMMUNE, "Thị trấn Hát Lót"));
        assertEquals(UnitType.DAC_KHU, UnitType.fromPrefix(UnitLevel.COMMUNE, "Đặc khu"));
        assertThrows(IllegalArgumentException.class, () -> UnitType.fromFullName(UnitLevel.COMMUNE, "Huyện Mai Sơn"));
    }
}
