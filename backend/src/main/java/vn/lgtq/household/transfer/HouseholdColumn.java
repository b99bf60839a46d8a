package vn.lgtq.household.transfer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.lgtq.unit.SearchText;

/**
 * The columns of a household file (one row per person), in the template's order. Export adds the hamlet's code
 * and name in front. Headers are recognised without accents, case, the required mark (*) or a parenthesised hint,
 * so a file whose columns were reordered or retyped still reads.
 */
public enum HouseholdColumn {
    HAMLET_CODE("Mã thôn/tổ", false, false, "ma thon/to", "ma thon", "ma to"),
    HAMLET_NAME("Thôn/tổ", false, false, "thon/to", "thon", "to dan pho"),
    CODE("Mã hộ", true, false, "ma ho", "ma ho gia dinh"),
    ADDRESS("Địa chỉ", false, false, "dia chi"),
    PHONE("Số điện thoại", false, true, "so dien thoai", "dien thoai", "sdt"),
    GROUP_NUMBER("Nhóm số", false, false, "nhom so", "so nhom", "nhom"),
    FULL_NAME("Họ và tên", true, false, "ho va ten", "ho ten"),
    RELATION("Quan hệ với chủ hộ", true, false, "quan he voi chu ho", "quan he"),
    BIRTH("Ngày sinh (dd/mm/yyyy) hoặc năm sinh", false, false,
            "ngay sinh hoac nam sinh", "ngay sinh", "nam sinh", "ngay thang nam sinh"),
    GENDER("Giới tính", false, false, "gioi tinh"),
    CITIZEN_ID("Số CCCD", false, true, "so cccd", "cccd", "so can cuoc", "so can cuoc cong dan", "so dinh danh");

    /** The columns of the import template. */
    public static final List<HouseholdColumn> TEMPLATE = List.of(CODE, ADDRESS, PHONE, GROUP_NUMBER, FULL_NAME,
            RELATION, BIRTH, GENDER, CITIZEN_ID);

    private static final Map<String, HouseholdColumn> BY_KEY = Stream.of(values())
            .flatMap(c -> c.aliases.stream().map(a -> Map.entry(a, c)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    /** The header as the template writes it (required columns marked with *). */
    public final String header;
    /** The header without the required mark, for messages. */
    public final String label;
    public final boolean required;
    /** Phone and citizen ID: only for callers who may see personal data. */
    public final boolean personal;
    private final List<String> aliases;

    HouseholdColumn(String label, boolean required, boolean personal, String... aliases) {
        this.label = label;
        this.header = required ? label + "*" : label;
        this.required = required;
        this.personal = personal;
        this.aliases = List.of(aliases);
    }

    /** The column a header cell names, if any. */
    public static Optional<HouseholdColumn> ofHeader(String text) {
        return Optional.ofNullable(BY_KEY.get(key(text)));
    }

    /** "Ngày sinh (dd/mm/yyyy) hoặc năm sinh*" → "ngay sinh hoac nam sinh". */
    static String key(String text) {
        String folded = SearchText.fold(text).replace("*", " ").replaceAll("\\([^)]*\\)", " ");
        return folded.replaceAll("\\s*/\\s*", "/").replaceAll("\\s+", " ").trim();
    }

    /** The template columns, without personal ones when the caller may not see them. */
    public static List<HouseholdColumn> template(boolean personal) {
        return TEMPLATE.stream().filter(c -> personal || !c.personal).toList();
    }

    /** Export columns: the hamlet first, then the template's. */
    public static List<HouseholdColumn> export(boolean personal) {
        return Stream.concat(Stream.of(HAMLET_CODE, HAMLET_NAME), template(personal).stream()).toList();
    }
}
