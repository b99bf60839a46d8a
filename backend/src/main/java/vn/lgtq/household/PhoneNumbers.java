package vn.lgtq.household;

import java.util.Optional;
import java.util.regex.Pattern;

/** Vietnamese phone numbers: mobile 0[35789]xxxxxxxx and landline 02xxxxxxxxx, also written +84 / 84. */
public final class PhoneNumbers {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern MOBILE = Pattern.compile("0[35789][0-9]{8}");
    private static final Pattern LANDLINE = Pattern.compile("02[0-9]{9}");

    private PhoneNumbers() {
    }

    /** The number in its national form (0xxxxxxxxx), or empty when it is not a Vietnamese number. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(input.trim()).replaceAll("");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() >= 11) {
            digits = "0" + digits.substring(2);
        }
        return MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches()
                ? Optional.of(digits) : Optional.empty();
    }

    public static final String FORMAT_MESSAGE =
            "Số điện thoại không hợp lệ: di động 10 số bắt đầu 03, 05, 07, 08, 09 hoặc cố định 11 số bắt đầu 02.";
}
