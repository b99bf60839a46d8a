package vn.lgtq.unit;

/** Official unit types, each belonging to one level. */
public enum UnitType {
    QUOC_GIA(UnitLevel.COUNTRY, "Quốc gia"),
    TINH(UnitLevel.PROVINCE, "Tỉnh"),
    THANH_PHO(UnitLevel.PROVINCE, "Thành phố"),
    HUYEN(UnitLevel.DISTRICT, "Huyện"),
    THI_XA(UnitLevel.DISTRICT, "Thị xã"),
    THANH_PHO_THUOC_TINH(UnitLevel.DISTRICT, "Thành phố"),
    QUAN(UnitLevel.DISTRICT, "Quận"),
    XA(UnitLevel.COMMUNE, "Xã"),
    PHUONG(UnitLevel.COMMUNE, "Phường"),
    THI_TRAN(UnitLevel.COMMUNE, "Thị trấn"),
    DAC_KHU(UnitLevel.COMMUNE, "Đặc khu"),
    BAN(UnitLevel.HAMLET, "Bản"),
    THON(UnitLevel.HAMLET, "Thôn"),
    TIEU_KHU(UnitLevel.HAMLET, "Tiểu khu"),
    TO_DAN_PHO(UnitLevel.HAMLET, "Tổ dân phố"),
    XOM(UnitLevel.HAMLET, "Xóm"),
    AP(UnitLevel.HAMLET, "Ấp"),
    KHU_PHO(UnitLevel.HAMLET, "Khu phố");

    public final UnitLevel level;
    /** The prefix official names start with, e.g. "Xã" in "Xã Mai Sơn". */
    public final String namePrefix;

    UnitType(UnitLevel level, String namePrefix) {
        this.level = level;
        this.namePrefix = namePrefix;
    }

    /** The type whose official prefix is given ("Phường" → PHUONG among communes). */
    public static UnitType fromPrefix(UnitLevel level, String prefix) {
        return fromFullName(level, prefix + " ");
    }

    /** The type of a pre-reform unit, read from its official full name ("Huyện Mai Sơn" → HUYEN). */
    public static UnitType fromFullName(UnitLevel level, String fullName) {
        for (UnitType type : values()) {
            if (type.level == level && fullName.startsWith(type.namePrefix + " ")) {
                return type;
            }
        }
        throw new IllegalArgumentException("No " + level + " type for name " + fullName);
    }
}
