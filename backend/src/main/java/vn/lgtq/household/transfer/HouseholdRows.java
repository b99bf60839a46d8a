package vn.lgtq.household.transfer;

import java.io.IOException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.lgtq.household.CitizenIds;
import vn.lgtq.household.Gender;
import vn.lgtq.household.PhoneNumbers;
import vn.lgtq.household.Relation;
import vn.lgtq.unit.SearchText;

/**
 * Checks the rows of a household file for one hamlet and gathers them into households. Every problem is reported
 * with its row and column; a row without problems is handed to the sink (the staging table) while no problem has
 * been seen yet. Pure logic: nothing here touches the database.
 */
final class HouseholdRows {
    static final int MAX_PEOPLE = 50;
    /** The header is looked for in the first rows only (a title line or two may come before it). */
    static final int HEADER_SEARCH_ROWS = 20;

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final int FIRST_YEAR = 1880;

    private static final Map<String, Relation> RELATIONS = labels(Relation.values(), r -> r.label, Map.of(
            "vo", Relation.SPOUSE, "chong", Relation.SPOUSE, "vo chong", Relation.SPOUSE,
            "bo", Relation.PARENT, "me", Relation.PARENT, "cha", Relation.PARENT, "cha/me", Relation.PARENT,
            "anh", Relation.SIBLING, "chi", Relation.SIBLING, "em", Relation.SIBLING));
    private static final Map<String, Gender> GENDERS = labels(Gender.values(), g -> g.label, Map.of());
    private static final String RELATION_CHOICES = String.join(", ",
            Stream.of(Relation.values()).map(r -> r.label).toList());

    /** A person row ready for the staging table. */
    record PersonRow(int row, String code, int position, String fullName, LocalDate birthDate, Integer birthYear,
            String gender, String relation, String citizenId) {
    }

    /** What the rows of one household say about the household itself. */
    static final class Draft {
        final String code;
        final int firstRow;
        String address;
        int addressRow;
        String phone;
        int phoneRow;
        Integer groupNumber;
        Long groupId;
        int groupRow;
        String headName;
        int headRow;
        int people;
        boolean relationUnclear;

        Draft(String code, int firstRow) {
            this.code = code;
            this.firstRow = firstRow;
        }

        /** As Household.refreshDerived folds it. */
        String searchText() {
            return SearchText.fold(String.join(" ", code, headName == null ? "" : headName,
                    address == null ? "" : address));
        }
    }

    interface Sink {
        void accept(PersonRow row) throws IOException;
    }

    private final String hamletCode;
    private final Map<Integer, Long> activeGroups;
    private final ImportErrors errors;
    private final LocalDate today;
    private final Map<String, Draft> households = new LinkedHashMap<>();
    private final Map<String, Relation> relationCache = new HashMap<>();
    private final Map<String, Gender> genderCache = new HashMap<>();
    private Map<HouseholdColumn, Integer> columns;
    private final Map<HouseholdColumn, String> headers = new EnumMap<>(HouseholdColumn.class);
    private int headerRow;
    private boolean unusable;
    private int dataRows;

    HouseholdRows(String hamletCode, Map<Integer, Long> activeGroups, ImportErrors errors, LocalDate today) {
        this.hamletCode = hamletCode;
        this.activeGroups = activeGroups;
        this.errors = errors;
        this.today = today;
    }

    /** Reads every row; returns false when the file could not be understood at all (no header, missing columns). */
    boolean readAll(SheetReader reader, Sink sink, Runnable everyRow) throws IOException {
        for (SheetReader.Row row = reader.next(); row != null; row = reader.next()) {
            if (!accept(row, sink, reader)) {
                return false;
            }
            everyRow.run();
        }
        finish();
        return !unusable;
    }

    private boolean accept(SheetReader.Row row, Sink sink, SheetReader reader) throws IOException {
        if (columns == null) {
            if (row.number() > HEADER_SEARCH_ROWS) {
                errors.add(null, null, null, "Không tìm thấy dòng tiêu đề (cần các cột "
                        + HouseholdColumn.CODE.header + ", " + HouseholdColumn.FULL_NAME.header + ", "
                        + HouseholdColumn.RELATION.header + "). Hãy dùng tệp mẫu.");
                unusable = true;
                return false;
            }
            if (isHeader(row)) {
                return readHeader(row);
            }
            return true;
        }
        if (!row.isBlank()) {
            dataRows++;
            check(row, sink, reader);
        }
        return true;
    }

    private static boolean isHeader(SheetReader.Row row) {
        boolean code = false;
        boolean name = false;
        for (String cell : row.cells()) {
            Optional<HouseholdColumn> column = HouseholdColumn.ofHeader(cell);
            code |= column.filter(c -> c == HouseholdColumn.CODE).isPresent();
            name |= column.filter(c -> c == HouseholdColumn.FULL_NAME).isPresent();
        }
        return code && name;
    }

    private boolean readHeader(SheetReader.Row row) {
        headerRow = row.number();
        columns = new EnumMap<>(HouseholdColumn.class);
        for (int i = 0; i < row.cells().length; i++) {
            String text = clean(row.cells()[i]);
            Optional<HouseholdColumn> column = HouseholdColumn.ofHeader(text);
            if (column.isEmpty()) {
                continue; // other columns (notes, a hamlet name) are the user's own
            }
            if (columns.containsKey(column.get())) {
                errors.add(headerRow, column.get(), text, "Cột này xuất hiện hai lần trong dòng tiêu đề.");
                unusable = true;
            }
            columns.put(column.get(), i);
            headers.put(column.get(), text.replace("*", "").trim());
        }
        for (HouseholdColumn column : HouseholdColumn.TEMPLATE) {
            if (column.required && !columns.containsKey(column)) {
                errors.add(headerRow, column, column.label, "Thiếu cột bắt buộc này trong dòng tiêu đề.");
                unusable = true;
            }
        }
        return !unusable;
    }

    /** Whether the file has the column: an absent optional column leaves what is stored unchanged. */
    boolean has(HouseholdColumn column) {
        return columns != null && columns.containsKey(column);
    }

    String header(HouseholdColumn column) {
        return headers.getOrDefault(column, column.label);
    }

    private String text(SheetReader.Row row, HouseholdColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : clean(row.cell(index));
    }

    private void error(SheetReader.Row row, HouseholdColumn column, String message) {
        errors.add(row.number(), column, header(column), message);
    }

    private void check(SheetReader.Row row, Sink sink, SheetReader reader) throws IOException {
        String hamlet = text(row, HouseholdColumn.HAMLET_CODE);
        if (!hamlet.isEmpty() && !hamlet.equals(hamletCode)) {
            error(row, HouseholdColumn.HAMLET_CODE, "Dòng này thuộc thôn/tổ " + hamlet
                    + ", không phải thôn/tổ đang nhập (" + hamletCode + ").");
        }
        String code = required(row, HouseholdColumn.CODE, 32);
        if (code != null && !isCode(code)) {
            error(row, HouseholdColumn.CODE,
                    "Mã hộ bắt đầu bằng chữ hoặc số; chỉ gồm chữ, số, dấu chấm, gạch chéo và gạch ngang.");
            code = null;
        }
        String address = optional(row, HouseholdColumn.ADDRESS, 300);
        String phone = phone(row);
        Integer groupNumber = groupNumber(row);
        String fullName = required(row, HouseholdColumn.FULL_NAME, 200);
        Relation relation = relation(row);
        LocalDate birthDate = null;
        Integer birthYear = null;
        Object birth = birth(row, reader);
        if (birth instanceof LocalDate date) {
            birthDate = date;
            birthYear = date.getYear();
        } else if (birth instanceof Integer year) {
            birthYear = year;
        }
        Gender gender = gender(row);
        String citizenId = citizenId(row, birthYear, birth == null && !text(row, HouseholdColumn.BIRTH).isEmpty());

        if (code == null) {
            return;
        }
        Draft household = households.computeIfAbsent(code, c -> new Draft(c, row.number()));
        int position = household.people++;
        if (household.people == MAX_PEOPLE + 1) {
            error(row, HouseholdColumn.CODE, "Hộ " + code + " có hơn " + MAX_PEOPLE + " người.");
        }
        if (address != null) {
            if (household.address == null) {
                household.address = address;
                household.addressRow = row.number();
            } else if (!household.address.equals(address)) {
                error(row, HouseholdColumn.ADDRESS, differs(household.addressRow, code));
            }
        }
        if (phone != null) {
            if (household.phone == null) {
                household.phone = phone;
                household.phoneRow = row.number();
            } else if (!household.phone.equals(phone)) {
                error(row, HouseholdColumn.PHONE, differs(household.phoneRow, code));
            }
        }
        if (groupNumber != null) {
            if (household.groupNumber == null) {
                household.groupNumber = groupNumber;
                household.groupId = activeGroups.get(groupNumber);
                household.groupRow = row.number();
            } else if (!household.groupNumber.equals(groupNumber)) {
                error(row, HouseholdColumn.GROUP_NUMBER, differs(household.groupRow, code));
            }
        }
        if (relation == null) {
            household.relationUnclear = true;
        } else if (relation == Relation.HEAD) {
            if (household.headRow == 0) {
                household.headRow = row.number();
                household.headName = fullName;
            } else {
                error(row, HouseholdColumn.RELATION, "Hộ " + code + " đã có Chủ hộ ở dòng " + household.headRow
                        + "; mỗi hộ có đúng một Chủ hộ.");
            }
        }
        if (errors.isEmpty()) { // once the file is known to be rejected, staging rows is pointless
            sink.accept(new PersonRow(row.number(), code, position, fullName, birthDate, birthYear,
                    gender == null ? null : gender.name(), relation.name(), citizenId));
        }
    }

    private static String differs(int firstRow, String code) {
        return "Khác với giá trị đã ghi ở dòng " + firstRow + " cho cùng hộ " + code + ".";
    }

    /** Household-wide checks once every row has been read. */
    private void finish() {
        if (columns == null) {
            if (!unusable) {
                errors.add(null, null, null, dataRows == 0 && headerRow == 0
                        ? "Tệp trống hoặc không có dòng tiêu đề (cần các cột " + HouseholdColumn.CODE.header + ", "
                        + HouseholdColumn.FULL_NAME.header + ", " + HouseholdColumn.RELATION.header + ")."
                        : "Không tìm thấy dòng tiêu đề.");
                unusable = true;
            }
            return;
        }
        if (dataRows == 0) {
            errors.add(headerRow + 1, null, null, "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.");
            return;
        }
        for (Draft household : households.values()) {
            if (household.headRow == 0 && !household.relationUnclear) {
                errors.add(household.firstRow, HouseholdColumn.RELATION, header(HouseholdColumn.RELATION),
                        "Hộ " + household.code + " chưa có ai là Chủ hộ; mỗi hộ có đúng một Chủ hộ.");
            }
        }
    }

    private String required(SheetReader.Row row, HouseholdColumn column, int maxLength) {
        String value = text(row, column);
        if (value.isEmpty()) {
            error(row, column, "Không được để trống.");
            return null;
        }
        return tooLong(row, column, value, maxLength) ? null : value;
    }

    private String optional(SheetReader.Row row, HouseholdColumn column, int maxLength) {
        String value = text(row, column);
        return value.isEmpty() || tooLong(row, column, value, maxLength) ? null : value;
    }

    private boolean tooLong(SheetReader.Row row, HouseholdColumn column, String value, int maxLength) {
        if (value.length() > maxLength) {
            error(row, column, "Dài quá " + maxLength + " ký tự.");
            return true;
        }
        return false;
    }

    private String phone(SheetReader.Row row) {
        String value = text(row, HouseholdColumn.PHONE);
        if (value.isEmpty()) {
            return null;
        }
        // A number cell (or a CSV that went through Excel) lost the leading zero: 912345678, 2123456789.
        if (isDigits(value)
                && (value.length() == 9 && "35789".indexOf(value.charAt(0)) >= 0
                || value.length() == 10 && value.charAt(0) == '2')) {
            value = "0" + value;
        }
        Optional<String> normalised = PhoneNumbers.normalise(value);
        if (normalised.isEmpty()) {
            error(row, HouseholdColumn.PHONE, PhoneNumbers.FORMAT_MESSAGE);
        }
        return normalised.orElse(null);
    }

    private Integer groupNumber(SheetReader.Row row) {
        String value = text(row, HouseholdColumn.GROUP_NUMBER);
        if (value.isEmpty()) {
            return null;
        }
        if (!isDigits(value) || value.length() > 6 || Integer.parseInt(value) == 0) {
            error(row, HouseholdColumn.GROUP_NUMBER, "Nhóm số phải là một số nguyên dương.");
            return null;
        }
        int number = Integer.parseInt(value);
        if (!activeGroups.containsKey(number)) {
            error(row, HouseholdColumn.GROUP_NUMBER, "Thôn/tổ này không có nhóm số " + number + " đang hoạt động.");
            return null;
        }
        return number;
    }

    private Relation relation(SheetReader.Row row) {
        String value = text(row, HouseholdColumn.RELATION);
        if (value.isEmpty()) {
            error(row, HouseholdColumn.RELATION, "Không được để trống.");
            return null;
        }
        Relation relation = relationCache.computeIfAbsent(value, v -> RELATIONS.get(SearchText.fold(v)));
        if (relation == null) {
            error(row, HouseholdColumn.RELATION, "Không rõ quan hệ \"" + value + "\"; dùng một trong: "
                    + RELATION_CHOICES + ".");
        }
        return relation;
    }

    private Gender gender(SheetReader.Row row) {
        String value = text(row, HouseholdColumn.GENDER);
        if (value.isEmpty()) {
            return null;
        }
        Gender gender = genderCache.computeIfAbsent(value, v -> GENDERS.get(SearchText.fold(v)));
        if (gender == null) {
            error(row, HouseholdColumn.GENDER, "Không rõ giới tính \"" + value + "\"; dùng Nam, Nữ hoặc Khác.");
        }
        return gender;
    }

    /** A LocalDate, a year (Integer), or null when empty or wrong (reported). */
    private Object birth(SheetReader.Row row, SheetReader reader) {
        String value = text(row, HouseholdColumn.BIRTH);
        if (value.isEmpty()) {
            return null;
        }
        Integer index = columns.get(HouseholdColumn.BIRTH);
        boolean year = value.length() == 4 && isDigits(value);
        if (row.isNumeric(index) && !year) {
            // A date cell of a workbook: days since the workbook's epoch.
            try {
                return checkedDate(row, reader.dateOfSerial((long) Double.parseDouble(value)));
            } catch (NumberFormatException | DateTimeException e) {
                error(row, HouseholdColumn.BIRTH, "Ngày sinh không đọc được.");
                return null;
            }
        }
        if (year) {
            int number = Integer.parseInt(value);
            if (number < FIRST_YEAR || number > today.getYear()) {
                error(row, HouseholdColumn.BIRTH, "Năm sinh phải từ " + FIRST_YEAR + " đến " + today.getYear() + ".");
                return null;
            }
            return number;
        }
        try {
            Matcher dmy = DAY_MONTH_YEAR.matcher(value);
            if (dmy.matches()) {
                return checkedDate(row, LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1))));
            }
            Matcher iso = ISO_DATE.matcher(value);
            if (iso.matches()) {
                return checkedDate(row, LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
        } catch (DateTimeException e) {
            error(row, HouseholdColumn.BIRTH, "Ngày " + value + " không có thật.");
            return null;
        }
        error(row, HouseholdColumn.BIRTH, "Ghi ngày sinh dạng dd/mm/yyyy (ví dụ 15/03/1980) hoặc năm sinh 4 chữ số.");
        return null;
    }

    private LocalDate checkedDate(SheetReader.Row row, LocalDate date) {
        if (date.isAfter(today)) {
            error(row, HouseholdColumn.BIRTH, "Ngày sinh ở sau ngày hôm nay.");
            return null;
        }
        if (date.getYear() < FIRST_YEAR) {
            error(row, HouseholdColumn.BIRTH, "Năm sinh phải từ " + FIRST_YEAR + " trở đi.");
            return null;
        }
        return date;
    }

    /** The 12-digit number; checked against the birth year unless that was unreadable. */
    private String citizenId(SheetReader.Row row, Integer birthYear, boolean birthUnreadable) {
        String value = text(row, HouseholdColumn.CITIZEN_ID).replace(" ", "").replace(".", "");
        if (value.isEmpty()) {
            return null;
        }
        // Every province code starts with 0, which a number cell (or Excel opening a CSV) drops.
        if (value.length() == 11 && isDigits(value)) {
            value = "0" + value;
        }
        Optional<String> problem = CitizenIds.problem(value, birthUnreadable ? null : birthYear);
        if (problem.isPresent()) {
            error(row, HouseholdColumn.CITIZEN_ID, problem.get());
            return null;
        }
        return value;
    }

    /** Trimmed, inner runs of white space (also no-break spaces) made one space, in composed Unicode form. */
    static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        boolean combiningMarks = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
                combiningMarks |= c >= '\u0300' && c <= '\u036F';
            }
        }
        // Text typed on some systems carries its tone marks as separate characters (decomposed): compose them.
        return combiningMarks ? Normalizer.normalize(out, Normalizer.Form.NFC) : out.toString();
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** As HouseholdUpdate's pattern: a letter or digit, then letters, digits, '.', '/' and '-'. */
    private static boolean isCode(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            boolean letterOrDigit = Character.isLetter(c) || c >= '0' && c <= '9';
            if (!letterOrDigit && (i == 0 || c != '.' && c != '/' && c != '-')) {
                return false;
            }
        }
        return !code.isEmpty();
    }

    /** Folded labels and enum names of the values, plus common short forms. */
    private static <E extends Enum<E>> Map<String, E> labels(E[] values, Function<E, String> label,
            Map<String, E> extra) {
        Map<String, E> map = new HashMap<>(extra);
        for (E value : values) {
            String folded = SearchText.fold(label.apply(value));
            map.put(folded, value);
            map.put(folded.replace("/", " "), value);
            map.put(value.name().toLowerCase(Locale.ROOT), value);
        }
        return map;
    }

    Map<String, Draft> households() {
        return households;
    }

    int dataRows() {
        return dataRows;
    }
}
