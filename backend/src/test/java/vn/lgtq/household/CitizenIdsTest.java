package vn.lgtq.household;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CitizenIdsTest {
    @Test
    void acceptsTwelveDigitsWithAProvinceAndTheBirthYear() {
        assertTrue(CitizenIds.problem("014080000123", 1980).isEmpty());
        assertTrue(CitizenIds.problem("001305123456", 2005).isEmpty(), "3 = woman born in the 2000s");
        assertTrue(CitizenIds.problem("014080000123", null).isEmpty());
    }

    @Test
    void refusesWrongLengthProvinceOrYear() {
        assertTrue(CitizenIds.problem("01408000012", 1980).isPresent());
        assertTrue(CitizenIds.problem("01408000012a", 1980).isPresent());
        assertTrue(CitizenIds.problem("003080000123", 1980).isPresent(), "003 is no province code");
        assertTrue(CitizenIds.problem("014080000123", 1981).isPresent());
        assertTrue(CitizenIds.problem("014280000123", 1980).isPresent(), "2 means born in the 2000s");
    }
}
