package vn.lgtq.error;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The text and date rules every input passes through (JSON strings, parameters, file names). */
class InputRulesTest {
    @Test
    void freeTextKeepsTabsAndLineBreaksButNoOtherControlCharacters() {
        assertNull(InputRules.textProblem("Bản Bó Ẩn\r\n\tTiểu khu 20 😀", true));
        assertNotNull(InputRules.textProblem("a\u0000b", true));
        assertNotNull(InputRules.textProblem("a\u001bb", true));
        assertNotNull(InputRules.textProblem("a\u007f", true));
        assertNotNull(InputRules.textProblem("a\u0085", true));
        assertNotNull(InputRules.textProblem("a\ud800", true));
        assertNotNull(InputRules.textProblem("\udc00a", true));
    }

    @Test
    void namesAndParametersRefuseLineBreaksToo() {
        assertNull(InputRules.textProblem("04105-TK20", false));
        assertNotNull(InputRules.textProblem("a.csv\r\nX: y", false));
        assertNotNull(InputRules.textProblem("a\tb", false));
    }

    @Test
    void datesLieBetween1900And2100() {
        assertNull(InputRules.dateProblem(LocalDate.of(1900, 1, 1)));
        assertNull(InputRules.dateProblem(LocalDate.of(2100, 12, 31)));
        assertNotNull(InputRules.dateProblem(LocalDate.of(1899, 12, 31)));
        assertNotNull(InputRules.dateProblem(LocalDate.of(2101, 1, 1)));
        assertNotNull(InputRules.dateProblem(OffsetDateTime.parse("+275760-09-13T00:00:00Z")));
        assertNotNull(InputRules.dateProblem(Instant.parse("+10000-01-01T00:00:00Z")));
        assertNull(InputRules.dateProblem(Instant.parse("2025-07-01T00:00:00Z")));
    }
}
