package vn.lgtq.reference;

import java.util.SplittableRandom;

/** Made-up but plausible names of people and hamlets in Sơn La: Kinh, Thái and H'Mông naming patterns. */
final class SonLaNames {
    private SonLaNames() {
    }

    enum Ethnicity {
        KINH(new String[] {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Phan", "Đinh",
            "Dương", "Lương", "Trịnh", "Đào", "Mai", "Tạ"},
                new String[] {"Văn", "Đức", "Minh", "Hữu", "Quang", "Xuân", "Thanh", "Ngọc", "Công", "Trọng"},
                new String[] {"Thị", "Thu", "Thanh", "Ngọc", "Minh", "Hồng", "Kim", "Thị", "Thị", "Phương"},
                new String[] {"An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hùng", "Khánh", "Long", "Nam",
                    "Phúc", "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Vinh", "Tùng", "Hiếu", "Trung", "Hưng", "Toàn",
                    "Kiên", "Thành", "Lâm", "Đạt", "Huy", "Mạnh", "Quyết"},
                new String[] {"Anh", "Châu", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngân", "Nhung",
                    "Phương", "Quỳnh", "Thảo", "Trang", "Uyên", "Xuân", "Yến", "Ánh", "Huyền", "Loan", "Thủy", "Hằng",
                    "Nga", "Vân", "Oanh", "Liên"}),
        THAI(new String[] {"Lò", "Cầm", "Quàng", "Lường", "Tòng", "Điêu", "Hà", "Vì", "Lù", "Mè", "Bạc", "Lưu", "Khoàng",
            "Lềm", "Hoàng", "Lò", "Quàng", "Lò"},
                new String[] {"Văn"},
                new String[] {"Thị"},
                new String[] {"Thắng", "Sơn", "Phong", "Dũng", "Hùng", "Ún", "Panh", "Xôm", "Khánh", "Tiến", "Hoan",
                    "Pọm", "Ón", "Chiến", "Toản", "Ngoan", "Hải", "Minh", "Quyết", "Inh", "Phóng", "Khiêm", "Ươn", "Xương",
                    "Biên", "Thiêm", "Lả", "Khương", "Cương", "Tươi"},
                new String[] {"Xuân", "Hiền", "Thu", "Ơn", "Ín", "Bun", "Phương", "Hương", "Dung", "Nhung", "Yến",
                    "Sươi", "Hoa", "Lan", "Mai", "Thủy", "Ánh", "Ban", "Éng", "Pâng", "Hom", "Nhính", "Xiêng", "Kim",
                    "Liên", "Ngân"}),
        MONG(new String[] {"Giàng", "Sồng", "Vàng", "Mùa", "Thào", "Lầu", "Hờ", "Sùng", "Lý", "Cứ", "Hạng", "Tráng",
            "Giàng", "Mùa", "Sồng"},
                new String[] {"A", "A", "Văn"},
                new String[] {"Thị"},
                new String[] {"Chu", "Sử", "Páo", "Dình", "Lử", "Tủa", "Dế", "Chứ", "Pó", "Sình", "Vừ", "Nủ", "Chống",
                    "Xá", "Tồng", "Súa", "Dơ", "Lềnh", "Của", "Phừ", "Sang", "Chò"},
                new String[] {"Mỷ", "Dợ", "Dua", "Pà", "Mai", "Sua", "Chở", "Sở", "Ly", "Chá", "Pằng", "Dính", "Súa",
                    "Mua", "Xo", "Vá", "Máy", "Cở", "Dia", "Pa"});

        final String[] families;
        final String[] maleMiddles;
        final String[] femaleMiddles;
        final String[] maleGiven;
        final String[] femaleGiven;

        Ethnicity(String[] families, String[] maleMiddles, String[] femaleMiddles, String[] maleGiven,
                String[] femaleGiven) {
            this.families = families;
            this.maleMiddles = maleMiddles;
            this.femaleMiddles = femaleMiddles;
            this.maleGiven = maleGiven;
            this.femaleGiven = femaleGiven;
        }

        String family(SplittableRandom rng) {
            return pick(rng, families);
        }

        String name(SplittableRandom rng, String family, boolean male) {
            return family + " " + pick(rng, male ? maleMiddles : femaleMiddles) + " "
                    + pick(rng, male ? maleGiven : femaleGiven);
        }
    }

    /** First syllables of Thái village names, and second ones. */
    private static final String[] THAI_FIRST = {"Nà", "Huổi", "Pá", "Co", "Hua", "Bó", "Nậm", "Phiêng", "Ten", "Noong",
        "Tà", "Pom", "Lả", "Púng", "Kéo", "Lọng", "Sài", "Cang", "Tỉa", "Hìn", "Nong", "Mường", "Ít", "Ta"};
    private static final String[] THAI_SECOND = {"Pát", "Muông", "Một", "Khoang", "Ty", "Lằn", "Sản", "Hin", "Lay",
        "Cang", "Nọi", "Luông", "Hốc", "Sẳng", "Cại", "Mòn", "Phay", "Pe", "Xa", "Lanh", "Ban", "Bon", "Kham", "Ỏ",
        "Nghè", "Cuông"};
    private static final String[] MONG_FIRST = {"Háng", "Pú", "Suối", "Tà", "Khau", "Dề", "Chống", "Sa", "Pa", "Lìa",
        "Mông", "Phà"};
    private static final String[] MONG_SECOND = {"Tề", "Chú", "Lầu", "Dùa", "Vàng", "Ngài", "Chừ", "Khúa", "Pê",
        "Sung", "Hồng", "Chà", "Lình", "Dồ", "Nhù", "Mông"};

    /** A village (bản) name after "Bản ", Thái or H'Mông sounding. */
    static String banName(SplittableRandom rng, boolean mong) {
        return mong ? pick(rng, MONG_FIRST) + " " + pick(rng, MONG_SECOND)
                : pick(rng, THAI_FIRST) + " " + pick(rng, THAI_SECOND);
    }

    static final String[] STREETS = {"Chu Văn Thịnh", "Tô Hiệu", "Lê Duẩn", "Trường Chinh", "Nguyễn Lương Bằng",
        "Điện Biên", "Lò Văn Giá", "Hoàng Quốc Việt", "Trần Đăng Ninh", "Quốc lộ 6", "Tô Hiệu", "Cách Mạng Tháng Tám",
        "Lê Thái Tông", "Nguyễn Văn Linh", "3 tháng 2"};

    static String pick(SplittableRandom rng, String[] values) {
        return values[rng.nextInt(values.length)];
    }
}
