package vn.lgtq.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * What every piece of text and every date the API accepts must satisfy, wherever it comes from (JSON bodies,
 * query and path parameters, file names): no control characters and dates in a sane range. Checked once at the
 * edges ({@link JsonInput}, {@link ParamInput}) so that no DTO has to repeat it.
 */
public final class InputRules {
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    private InputRules() {
    }

    /**
     * Why this text is refused, or null. Free text (JSON strings) may hold tabs and line breaks; names, codes,
     * parameters and file names may not. NUL, the other C0 and C1 controls, DEL and unpaired surrogates never.
     */
    public static String textProblem(String value, boolean freeText) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                if (!freeText) {
                    return "không được chứa ký tự điều khiển (tab, xuống dòng)";
                }
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                return c == 0 ? "không được chứa ký tự NUL" : "không được chứa ký tự điều khiển";
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return "chứa ký tự Unicode không hợp lệ";
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return "chứa ký tự Unicode không hợp lệ";
            }
        }
        return null;
    }

    /** Why this date or time is refused, or null. */
    public static String dateProblem(TemporalAccessor value) {
        if (value instanceof java.time.Instant instant) {
            value = instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value == null || !value.isSupported(ChronoField.YEAR)) {
            return null;
        }
        int year = value.get(ChronoField.YEAR);
        return year < MIN_YEAR || year > MAX_YEAR
                ? "năm phải trong khoảng " + MIN_YEAR + "–" + MAX_YEAR
                : null;
    }

    /** Checks a parameter or file name the caller sent; a refusal is a 400 naming the field. */
    public static void requireCleanName(String field, String value) {
        String problem = value == null ? null : textProblem(value, false);
        if (problem != null) {
            throw ProblemException.invalid(safeField(field), problem + ".");
        }
    }

    static boolean isDate(Class<?> type) {
        return List.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class, ZonedDateTime.class,
                java.time.Instant.class).contains(type);
    }

    /** A field name as sent by the caller, made fit to echo back. */
    static String safeField(String field) {
        String clean = field.replaceAll("[\\p{Cntrl}\\p{Cs}]", "?");
        return clean.length() > 100 ? clean.substring(0, 100) : clean;
    }

    /** A refused JSON value; the mapper names its path and the reason. */
    public static final class Rejected extends MismatchedInputException {
        private final String reason;

        Rejected(JsonParser parser, String reason, Class<?> type) {
            super(parser, reason, type);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }

        static Rejected of(DeserializationContext ctxt, String reason, Class<?> type) {
            return new Rejected(ctxt.getParser(), reason, type);
        }
    }
}
