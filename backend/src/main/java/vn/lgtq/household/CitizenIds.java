package vn.lgtq.household;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a 12-digit citizen identity number (CCCD): 3 digits of the province of birth registration,
 * 1 digit of gender and century, 2 digits of the birth year, then 6 random digits.
 */
public final class CitizenIds {
    /** Province codes of the CCCD scheme (Circular 07/2016/TT-BCA and its successors). */
    private static final Set<Integer> PROVINCES = Set.of(1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26,
            27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67,
            68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96);

    private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");

    private CitizenIds() {
    }

    /** Why the number is not valid for a person born in that year (null when unknown), or empty when it is. */
    public static Optional<String> problem(String id, Integer birthYear) {
        if (id == null || !TWELVE_DIGITS.matcher(id).matches()) {
            return Optional.of("Số CCCD phải gồm đúng 12 chữ số.");
        }
        if (!PROVINCES.contains(Integer.parseInt(id.substring(0, 3)))) {
            return Optional.of("Ba số đầu của số CCCD không phải mã tỉnh hợp lệ.");
        }
        int century = 1900 + (id.charAt(3) - '0') / 2 * 100;
        int year = century + Integer.parseInt(id.substring(4, 6));
        if (birthYear != null && birthYear != year) {
            return Optional.of("Số CCCD ghi năm sinh " + year + ", khác năm sinh " + birthYear + ".");
        }
        return Optional.empty();
    }
}
