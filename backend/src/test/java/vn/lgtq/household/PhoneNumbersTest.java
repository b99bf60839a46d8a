package vn.lgtq.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {
    @Test
    void acceptsMobileAndLandlineInTheirUsualSpellings() {
        assertEquals(Optional.of("0912345678"), PhoneNumbers.normalise("0912 345 678"));
        assertEquals(Optional.of("0912345678"), PhoneNumbers.normalise("+84 912.345.678"));
        assertEquals(Optional.of("0362123456"), PhoneNumbers.normalise("84-362-123-456"));
        assertEquals(Optional.of("02123852123"), PhoneNumbers.normalise("(0212) 3852 123"));
    }

    @Test
    void refusesWhatIsNotAVietnameseNumber() {
        assertTrue(PhoneNumbers.normalise("12345").isEmpty());
        assertTrue(PhoneNumbers.normalise("0112345678").isEmpty());
        assertTrue(PhoneNumbers.normalise("09123456789").isEmpty());
        assertTrue(PhoneNumbers.normalise("09123abc78").isEmpty());
    }
}
