package vn.lgtq.household.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Row checks without a database: labels, dates, household consistency, headers. */
class HouseholdRowsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final String[] HEADER = {"Mã hộ*", "Địa chỉ", "Số điện thoại", "Nhóm số", "Họ và tên*",
        "Quan hệ với chủ hộ*", "Ngày sinh (dd/mm/yyyy) hoặc năm sinh", "Giới tính", "Số CCCD"};

    private final ImportErrors errors = new ImportErrors(1000);
    private final List<HouseholdRows.PersonRow> staged = new ArrayList<>();

    @Test
    void labelsAreReadWithoutAccentsOrCaseAndDatesInEveryWrittenForm() throws IOException {
        HouseholdRows rows = read(
                row("A", "", "", "", "Lò Văn Một", "CHỦ HỘ", "5/3/1980", "nam", ""),
                row("A", "", "", "", "Lò Thị Hai", "vo chong", "1982-12-31", "NU", ""),
                row("A", "", "", "", "Lò Văn  Ba ", "Anh/chị/em", "1990", "Khac", ""),
                row("A", "", "", "", "Lò Văn Bốn", "con", "01.02.2010", "", ""));
        assertTrue(errors.isEmpty(), () -> errors.listed().toString());
        assertEquals(List.of("HEAD", "SPOUSE", "SIBLING", "CHILD"), staged.stream().map(HouseholdRows.PersonRow::relation)
                .toList());
        assertEquals(Arrays.asList(LocalDate.of(1980, 3, 5), LocalDate.of(1982, 12, 31), null, LocalDate.of(2010, 2, 1)),
                staged.stream().map(HouseholdRows.PersonRow::birthDate).toList());
        assertEquals(List.of(1980, 1982, 1990, 2010), staged.stream().map(HouseholdRows.PersonRow::birthYear).toList());
        assertEquals("Lò Văn Ba", staged.get(2).fullName());
        assertEquals("Lò Văn Một", rows.households().get("A").headName);
    }

    @Test
    void decomposedAccentsAreComposedAndCodesKeepTheirShape() throws IOException {
        String decomposed = java.text.Normalizer.normalize("Nguyễn Thị Ánh", java.text.Normalizer.Form.NFD);
        read(row("HK-1/2", "", "", "", decomposed, "Chủ hộ", "", "", ""),
                row("HK 3", "", "", "", "Hai", "Chủ hộ", "", "", ""),
                row("-4", "", "", "", "Ba", "Chủ hộ", "", "", ""));
        assertEquals("Nguyễn Thị Ánh", staged.get(0).fullName());
        assertEquals(List.of(3, 4), errors.listed().stream().map(ImportError::row).toList());
        assertEquals(List.of("Mã hộ", "Mã hộ"), errors.listed().stream().map(ImportError::column).toList());
    }

    @Test
    void datesThatDoNotExistOrAreInTheFutureAreErrors() throws IOException {
        read(row("B", "", "", "", "Một", "Chủ hộ", "31/04/1980", "", ""),
                row("B", "", "", "", "Hai", "Con", "2027", "", ""),
                row("B", "", "", "", "Ba", "Con", "02/06/2026", "", ""),
                row("B", "", "", "", "Bốn", "Con", "1879", "", ""),
                row("B", "", "", "", "Năm", "Con", "80", "", ""));
        assertEquals(List.of(2, 3, 4, 5, 6), errors.listed().stream().map(ImportError::row).toList());
        assertTrue(staged.isEmpty(), "nothing is staged once the file is known to be rejected");
    }

    @Test
    void householdValuesMayRepeatButNotContradict() throws IOException {
        read(row("C", "Số 1", "0912 345 678", "", "Một", "Chủ hộ", "", "", ""),
                row("C", "Số 1", "+84912345678", "", "Hai", "Con", "", "", ""),
                row("C", "Số 2", "0987654321", "", "Ba", "Con", "", "", ""));
        assertEquals(List.of(new ImportError(4, "Địa chỉ", "Khác với giá trị đã ghi ở dòng 2 cho cùng hộ C."),
                new ImportError(4, "Số điện thoại", "Khác với giá trị đã ghi ở dòng 2 cho cùng hộ C.")), errors.listed());
    }

    @Test
    void numbersThatLostTheirLeadingZeroAreRestored() throws IOException {
        read(row("D", "", "912345678", "", "Một", "Chủ hộ", "1980", "", "14080001234"));
        assertTrue(errors.isEmpty(), () -> errors.listed().toString());
        assertEquals("014080001234", staged.get(0).citizenId());
    }

    @Test
    void aTitleAboveTheHeaderIsSkippedAndAMissingHeaderIsOneError() throws IOException {
        HouseholdRows rows = new HouseholdRows("T1", Map.of(), errors, TODAY);
        boolean usable = rows.readAll(reader(new String[] {"Danh sách hộ gia đình"}, new String[] {},
                new String[] {"Họ tên", "Mã hộ", "Quan hệ"}, new String[] {"Mai", "E", "Chủ hộ"}), staged::add, () -> { });
        assertTrue(usable && errors.isEmpty());
        assertEquals(4, staged.get(0).row());

        ImportErrors missing = new ImportErrors(1000);
        HouseholdRows noHeader = new HouseholdRows("T1", Map.of(), missing, TODAY);
        assertFalse(noHeader.readAll(reader(new String[] {"E", "Mai", "Chủ hộ"}), row -> { }, () -> { }));
        assertEquals(1, missing.count());
    }

    @Test
    void onlyTheFirstThousandProblemsAreListedButAllAreCounted() throws IOException {
        String[][] lines = new String[1501][];
        lines[0] = HEADER;
        for (int i = 1; i < lines.length; i++) {
            lines[i] = row("H" + i, "", "", "", "", "Chủ hộ", "", "", "");
        }
        new HouseholdRows("T1", Map.of(), errors, TODAY).readAll(reader(lines), staged::add, () -> { });
        assertEquals(1500, errors.count());
        assertEquals(1000, errors.listed().size());
        assertEquals(2, errors.listed().get(0).row());
        assertEquals(1001, errors.listed().get(999).row());
    }

    private HouseholdRows read(String[]... dataRows) throws IOException {
        String[][] lines = new String[dataRows.length + 1][];
        lines[0] = HEADER;
        System.arraycopy(dataRows, 0, lines, 1, dataRows.length);
        HouseholdRows rows = new HouseholdRows("T1", Map.of(1, 11L), errors, TODAY);
        rows.readAll(reader(lines), staged::add, () -> { });
        return rows;
    }

    private static String[] row(String... cells) {
        return cells;
    }

    /** Rows numbered from 1, as a spreadsheet shows them. */
    private static SheetReader reader(String[]... lines) {
        return new SheetReader() {
            private int next;

            @Override
            public Row next() {
                if (next == lines.length) {
                    return null;
                }
                String[] cells = lines[next++];
                return new Row(next, cells, new boolean[cells.length]);
            }

            @Override
            public LocalDate dateOfSerial(long serial) {
                return LocalDate.of(1899, 12, 30).plusDays(serial);
            }

            @Override
            public void close() {
            }
        };
    }
}
