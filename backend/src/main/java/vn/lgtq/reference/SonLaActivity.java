package vn.lgtq.reference;

import static vn.lgtq.reference.SonLaModel.rng;
import static vn.lgtq.reference.SonLaNames.pick;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import vn.lgtq.bulk.CopyWriter;
import vn.lgtq.reference.SonLaModel.Group;
import vn.lgtq.reference.SonLaModel.Hamlet;
import vn.lgtq.reference.SonLaModel.Household;
import vn.lgtq.reference.SonLaModel.Kind;

/**
 * The groups' ten years of work, written with COPY: meetings every two months, patrols, propaganda sessions,
 * household commitments, yearly ratings and the group funds. Meeting attendance is not generated (it would be about
 * 17 million rows); the meetings keep the number of member households.
 */
final class SonLaActivity {
    private static final String ACTOR = SonLaDemo.ACTOR;
    private static final LocalDate START = SonLaDemo.START;
    private static final String[] RATINGS = {"Tốt", "Khá", "Trung bình", "Yếu"};

    private static final String[] TOPICS = {
        "Rà soát tình hình an ninh trật tự trong nhóm", "Phòng, chống tội phạm và tệ nạn ma túy",
        "Phòng, chống trộm cắp tài sản, gia súc", "Hòa giải mâu thuẫn giữa các hộ", "Phòng, chống lừa đảo qua mạng",
        "Đăng ký thường trú, tạm trú, tạm vắng", "Phòng cháy, chữa cháy và phòng chống cháy rừng",
        "Phòng, chống mua bán người", "An toàn giao thông", "Vệ sinh môi trường, phòng chống dịch bệnh",
        "Phòng, chống bạo lực gia đình", "Quản lý, giúp đỡ người sau cai nghiện tại cộng đồng",
        "Tuyên truyền, vận động giao nộp vũ khí, vật liệu nổ"};
    private static final String[] DECISIONS = {"Duy trì tuần tra ban đêm theo lịch", "Phân công hộ theo dõi người lạ đến địa bàn",
        "Thống nhất mức đóng góp quỹ nhóm", "Báo Công an xã các trường hợp nghi vấn", "Thăm hỏi hộ gặp khó khăn",
        "Nhắc các hộ khóa cửa, trông giữ xe máy, gia súc", "Vận động con em không tụ tập, sử dụng ma túy"};
    private static final String[] AREAS = {"Trục đường chính của bản, tổ", "Khu vực nhà văn hóa", "Đường liên bản",
        "Khu chợ và bến xe", "Bờ suối, khu canh tác", "Khu vực trường học", "Ngõ, ngách trong khu dân cư",
        "Đồi cây, nương rẫy giáp ranh"};
    private static final String[] OBSERVATIONS = {"Phát hiện nhóm thanh niên tụ tập muộn, đã nhắc nhở giải tán",
        "Phát hiện người lạ đến địa bàn, đã báo Công an xã xác minh", "Nhắc nhở hộ chưa khóa cửa, để xe ngoài sân",
        "Phát hiện xe máy không người trông giữ, đã bàn giao cho chủ xe", "Hỗ trợ người dân đưa người ốm đi trạm y tế",
        "Phát hiện gia súc thả rông gây mất an toàn giao thông"};
    private static final String[] PROPAGANDA = {"Phòng, chống ma túy trong cộng đồng", "Luật Cư trú và đăng ký tạm trú",
        "Cảnh giác với lừa đảo qua mạng, qua điện thoại", "Phòng, chống mua bán người, xuất cảnh trái phép",
        "Phòng cháy, chữa cháy rừng mùa khô", "An toàn giao thông, đội mũ bảo hiểm", "Tố giác tội phạm, tin báo an ninh trật tự",
        "Phòng, chống bạo lực gia đình", "Giao nộp vũ khí, vật liệu nổ, công cụ hỗ trợ", "Phòng, chống tảo hôn",
        "Phòng, chống tín dụng đen, cho vay nặng lãi", "Phong trào Toàn dân bảo vệ an ninh Tổ quốc"};
    private static final String[] EXPENSES = {"Thăm hỏi hộ thành viên ốm đau", "Mua pin, đèn pin phục vụ tuần tra",
        "Hỗ trợ hộ gặp khó khăn", "Tổ chức họp nhóm tổng kết năm", "Mua sổ sách, văn phòng phẩm",
        "Sửa chữa loa truyền thanh của bản, tổ", "Phần thưởng cho hộ gia đình văn hóa tiêu biểu",
        "Hỗ trợ chi phí trực, tuần tra dịp lễ, Tết"};

    private final Connection c;
    private final List<Hamlet> hamlets;
    private final LocalDate last;
    private final Set<String> taken = new HashSet<>();

    SonLaActivity(Connection c, List<Hamlet> hamlets, LocalDate last) throws SQLException {
        this.c = c;
        this.hamlets = hamlets;
        this.last = last;
        loadTaken();
    }

    /** What the small demo set (or a user) already recorded for the hamlets being filled up: never twice. */
    private void loadTaken() throws SQLException {
        List<Long> groups = new ArrayList<>();
        List<Long> households = new ArrayList<>();
        for (Hamlet h : hamlets) {
            h.groupRows.stream().filter(g -> g.existing).forEach(g -> groups.add(g.id));
            h.householdRows.stream().filter(x -> x.existing).forEach(x -> households.add(x.id));
        }
        if (!groups.isEmpty()) {
            load("SELECT 'm' || group_id || ':' || held_on FROM group_meeting WHERE group_id = ANY(?)", groups);
            load("SELECT 'r' || group_id || ':' || rating_year FROM group_rating WHERE group_id = ANY(?)", groups);
        }
        if (!households.isEmpty()) {
            load("SELECT 'c' || household_id || ':' || commitment_year FROM household_commitment"
                    + " WHERE household_id = ANY(?)", households);
            load("SELECT 'f' || household_id || ':' || rating_year FROM household_cultural_rating"
                    + " WHERE household_id = ANY(?)", households);
        }
    }

    private void load(String sql, Collection<Long> ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Array array = c.createArrayOf("bigint", ids.toArray());
            s.setArray(1, array);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    taken.add(rs.getString(1));
                }
            }
        }
    }

    /** Every two months from the founding (or December 2016), on a day of the group's choosing; rarely missed. */
    long meetings() throws SQLException {
        try (CopyWriter copy = new CopyWriter(c, "group_meeting",
                "group_id, held_on, topics, decisions, member_households, recorded_by, recorded_at")) {
            for (Hamlet h : hamlets) {
                for (Group g : h.groupRows) {
                    SplittableRandom r = rng("meetings:" + h.code + ":" + g.number);
                    LocalDate from = g.foundedOn == null || g.foundedOn.isBefore(START) ? START : g.foundedOn;
                    YearMonth month = YearMonth.from(from).plusMonths(r.nextInt(2));
                    while (true) {
                        LocalDate day = month.atDay(1 + r.nextInt(28));
                        if (day.isAfter(last)) {
                            break;
                        }
                        boolean held = !day.isBefore(from) && r.nextDouble() >= 0.015;
                        String topics = topics(r, day);
                        String decisions = r.nextBoolean() ? pick(r, DECISIONS) : null;
                        int minute = 19 * 60 + 30 + r.nextInt(90);
                        if (held && (!g.existing || !taken.contains("m" + g.id + ":" + day))) {
                            copy.number(g.id).date(day).text(topics).text(decisions).number(g.members.size())
                                    .text(ACTOR).time(day, minute).endRow();
                        }
                        month = month.plusMonths(2);
                    }
                }
            }
            return copy.finish();
        }
    }

    private static String topics(SplittableRandom r, LocalDate day) {
        String first = switch (day.getMonthValue()) {
            case 1, 2 -> "Ký cam kết không vi phạm pháp luật, giữ gìn an ninh trật tự năm " + day.getYear();
            case 12 -> "Bình xét gia đình văn hóa, nhóm tiêu biểu năm " + day.getYear();
            default -> pick(r, TOPICS);
        };
        String second = pick(r, TOPICS);
        return second.equals(first) ? first : first + "; " + second;
    }

    /** Night patrols with the commune police: once a month in a bản, twice in a town's tổ or tiểu khu. */
    long patrols() throws SQLException {
        try (CopyWriter copy = new CopyWriter(c, "patrol", "hamlet_id, group_id, started_at, ended_at, participants,"
                + " area, observations, recorded_by, recorded_at")) {
            for (Hamlet h : hamlets) {
                SplittableRandom r = rng("patrols:" + h.code);
                int perMonth = h.kind == Kind.URBAN ? 2 : 1;
                int n = 0;
                for (YearMonth month = YearMonth.from(START); !month.atDay(1).isAfter(last); month = month.plusMonths(1)) {
                    for (int k = 0; k < perMonth; k++) {
                        LocalDate day = month.atDay(1 + r.nextInt(month.lengthOfMonth()));
                        int start = 19 * 60 + r.nextInt(121);
                        int end = start + 90 + r.nextInt(91);
                        Group g = h.groupRows.get(n++ % h.groupRows.size());
                        String observations = r.nextDouble() < 0.92 ? "Tình hình an ninh trật tự ổn định."
                                : pick(r, OBSERVATIONS);
                        String area = pick(r, AREAS);
                        int people = 3 + r.nextInt(6);
                        if (day.isAfter(last)) {
                            continue;
                        }
                        copy.number(h.id).number(g.id).time(day, start).time(day, end)
                                .text("Nhóm LGTQ số " + g.number + " (" + people + " người) cùng Công an xã")
                                .text(area).text(observations).text(ACTOR).time(day, end).endRow();
                    }
                }
            }
            return copy.finish();
        }
    }

    /** A session a month: the hamlet loudspeaker, a group meeting, door to door, or something else. */
    long propaganda() throws SQLException {
        try (CopyWriter copy = new CopyWriter(c, "propaganda_session",
                "hamlet_id, group_id, held_on, topic, channel, audience, notes, recorded_by, recorded_at")) {
            for (Hamlet h : hamlets) {
                SplittableRandom r = rng("propaganda:" + h.code);
                int n = 0;
                for (YearMonth month = YearMonth.from(START); !month.atDay(1).isAfter(last); month = month.plusMonths(1)) {
                    int sessions = h.kind == Kind.URBAN && r.nextBoolean() ? 2 : 1;
                    for (int k = 0; k < sessions; k++) {
                        LocalDate day = month.atDay(1 + r.nextInt(month.lengthOfMonth()));
                        double u = r.nextDouble();
                        String channel = u < 0.45 ? "LOUDSPEAKER" : u < 0.75 ? "MEETING" : u < 0.95 ? "DOOR_TO_DOOR" : "OTHER";
                        Group g = h.groupRows.get(n++ % h.groupRows.size());
                        boolean ofGroup = channel.equals("MEETING") || channel.equals("DOOR_TO_DOOR");
                        int audience = switch (channel) {
                            case "LOUDSPEAKER" -> h.householdRows.size() * 3 + r.nextInt(50);
                            case "MEETING" -> g.members.size() + r.nextInt(10);
                            case "DOOR_TO_DOOR" -> 5 + r.nextInt(16);
                            default -> 20 + r.nextInt(61);
                        };
                        String topic = topic(r, day);
                        String notes = channel.equals("OTHER") ? "Lồng ghép trong buổi sinh hoạt văn hóa, thể thao của bản, tổ"
                                : null;
                        if (day.isAfter(last)) {
                            continue;
                        }
                        copy.number(h.id).number(ofGroup ? g.id : null).date(day).text(topic).text(channel)
                                .number(audience).text(notes).text(ACTOR).time(day, 19 * 60 + 30).endRow();
                    }
                }
            }
            return copy.finish();
        }
    }

    private static String topic(SplittableRandom r, LocalDate day) {
        double u = r.nextDouble();
        if (day.getYear() == 2025 && day.getMonthValue() >= 5 && day.getMonthValue() <= 8 && u < 0.3) {
            return "Sắp xếp đơn vị hành chính, chính quyền địa phương hai cấp từ 01/7/2025";
        }
        if (day.getYear() >= 2026 && u < 0.15) {
            return "Luật Bảo vệ dữ liệu cá nhân có hiệu lực từ 01/01/2026";
        }
        if (day.getYear() >= 2024 && u < 0.25) {
            return "Thu thập, cập nhật dữ liệu dân cư, định danh điện tử VNeID";
        }
        return pick(r, PROPAGANDA);
    }

    /** Each member household signs a yearly commitment early in the year (recent years: 2024 onwards). */
    long commitments() throws SQLException {
        try (CopyWriter copy = new CopyWriter(c, "household_commitment",
                "household_id, commitment_year, signed_on, recorded_by, recorded_at")) {
            for (Hamlet h : hamlets) {
                SplittableRandom r = rng("commitments:" + h.code);
                double rate = h.hatLot ? 0.99 : 0.955 + 0.04 * r.nextDouble();
                for (int year = 2024; year <= last.getYear(); year++) {
                    for (Household x : h.householdRows) {
                        boolean signs = r.nextDouble() < rate;
                        LocalDate day = LocalDate.of(year, 1, 5).plusDays(r.nextInt(86));
                        if (x.group == null || !signs || day.isAfter(last) || taken.contains("c" + x.id + ":" + year)) {
                            continue;
                        }
                        copy.number(x.id).number(year).date(day).text(ACTOR).time(day, 9 * 60 + r.nextInt(480)).endRow();
                    }
                }
            }
            return copy.finish();
        }
    }

    /** Provincial shares of cultural families, rising over the years (hamlets vary around them). */
    private static double culturalShare(int year) {
        return switch (year) {
            case 2016 -> 0.780;
            case 2017 -> 0.790;
            case 2018 -> 0.800;
            case 2019 -> 0.808;
            case 2020 -> 0.815;
            case 2021 -> 0.822;
            case 2022 -> 0.832;
            case 2023 -> 0.842;
            case 2024 -> 0.851;
            default -> 0.860;
        };
    }

    /** Tiểu khu 20's shares: 82 % in 2021 and 85.6 % in 2022, as reported. */
    private static double tk20Share(int year) {
        return switch (year) {
            case 2016 -> 0.79;
            case 2017 -> 0.795;
            case 2018 -> 0.80;
            case 2019 -> 0.81;
            case 2020 -> 0.815;
            case 2021 -> 0.82;
            case 2022 -> 0.856;
            case 2023 -> 0.86;
            case 2024 -> 0.865;
            default -> 0.87;
        };
    }

    /** Every household of a hamlet, every December: the best placed (merit with some luck) are cultural families. */
    long culturalRatings() throws SQLException {
        try (CopyWriter copy = new CopyWriter(c, "household_cultural_rating",
                "household_id, hamlet_id, rating_year, cultural, rated_by, rated_at")) {
            for (Hamlet h : hamlets) {
                int n = h.householdRows.size();
                double[] score = new double[n];
                Integer[] order = new Integer[n];
                for (int year = 2016; year <= lastRatedYear(20); year++) {
                    SplittableRandom r = rng("cultural:" + h.code + ":" + year);
                    double share = h.tk20 ? tk20Share(year) : culturalShare(year) + h.quality;
                    int cultural = h.tk20 ? (int) Math.round(share * n) : stochasticRound(share * n, r);
                    for (int i = 0; i < n; i++) {
                        score[i] = h.householdRows.get(i).merit + 0.5 * r.nextGaussian();
                        order[i] = i;
                    }
                    java.util.Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
                    boolean[] yes = new boolean[n];
                    for (int k = 0; k < cultural && k < n; k++) {
                        yes[order[k]] = true;
                    }
                    LocalDate day = LocalDate.of(year, 12, 20);
                    for (int i = 0; i < n; i++) {
                        Household x = h.householdRows.get(i);
                        if (!taken.contains("f" + x.id + ":" + year)) {
                            copy.number(x.id).number(h.id).number(year).bool(yes[i]).text(ACTOR).time(day, 9 * 60).endRow();
                        }
                    }
                }
            }
            return copy.finish();
        }
    }

    /** Groups rated every December on the scale Tốt, Khá, Trung bình, Yếu; over 70 % "Tốt" every year. */
    long groupRatings() throws SQLException {
        try (CopyWriter copy = new CopyWriter(c, "group_rating",
                "group_id, rating_year, rating, rating_rank, rated_by, rated_at")) {
            for (Hamlet h : hamlets) {
                for (int year = 2016; year <= lastRatedYear(25); year++) {
                    SplittableRandom r = rng("rating:" + h.code + ":" + year);
                    LocalDate day = LocalDate.of(year, 12, 25);
                    List<Group> rated = new ArrayList<>();
                    for (Group g : h.groupRows) {
                        if (g.foundedOn == null || !g.foundedOn.isAfter(LocalDate.of(year, 12, 1))) {
                            rated.add(g);
                        }
                    }
                    int n = rated.size();
                    if (n == 0) {
                        continue;
                    }
                    double share = Math.max(0.45, Math.min(0.98, 0.74 + 0.006 * (year - 2016) + 1.2 * h.quality));
                    int best = stochasticRound(share * n, r);
                    if (h.tk20) {
                        best = Math.max(best, (int) Math.ceil(0.72 * n));
                    }
                    double[] score = new double[n];
                    Integer[] order = new Integer[n];
                    for (int i = 0; i < n; i++) {
                        score[i] = rated.get(i).merit + 0.6 * r.nextGaussian();
                        order[i] = i;
                    }
                    java.util.Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
                    int rest = n - best;
                    int good = (int) Math.round(0.75 * rest);
                    int fair = (int) Math.round(0.20 * rest);
                    for (int k = 0; k < n; k++) {
                        int rank = k < best ? 1 : k < best + good ? 2 : k < best + good + fair ? 3 : 4;
                        Group g = rated.get(order[k]);
                        if (!taken.contains("r" + g.id + ":" + year)) {
                            copy.number(g.id).number(year).text(RATINGS[rank - 1]).number(rank).text(ACTOR)
                                    .time(day, 10 * 60).endRow();
                        }
                    }
                }
            }
            return copy.finish();
        }
    }

    /**
     * Yearly contributions of the member households, some expenses, equipment and money from the province and the
     * commune. The groups of the former Hát Lót town contribute most: Xã Mai Sơn's funds pass 1 billion VND.
     */
    long funds() throws SQLException {
        try (CopyWriter copy = new CopyWriter(c, "fund_entry",
                "group_id, kind, entry_on, amount, description, source, recorded_by, recorded_at")) {
            for (Hamlet h : hamlets) {
                for (Group g : h.groupRows) {
                    SplittableRandom r = rng("fund:" + h.code + ":" + g.number);
                    int firstYear = g.foundedOn == null ? 2017 : Math.max(2017, g.foundedOn.getYear() + 1);
                    int members = g.members.size();
                    String commune = "UBND " + (h.territory == null ? h.commune.name : h.territory.name);
                    for (int year = firstYear; year <= last.getYear(); year++) {
                        LocalDate paid = LocalDate.of(year, 1, 10).plusDays(r.nextInt(60));
                        long contribution = members * h.fee;
                        if (paid.isAfter(last) || contribution == 0) {
                            continue;
                        }
                        entry(copy, g, "CONTRIBUTION", paid, contribution, "Các hộ thành viên đóng góp quỹ nhóm năm " + year
                                + " (" + members + " hộ × " + h.fee / 1000 + ".000 đồng)", null);
                        int expenses = 1 + (r.nextDouble() < 0.3 ? 1 : 0);
                        double spent = contribution * h.spending * (0.7 + 0.6 * r.nextDouble());
                        for (int k = 0; k < expenses; k++) {
                            long amount = Math.max(50_000, Math.round(spent / expenses / 10_000) * 10_000);
                            LocalDate day = LocalDate.of(year, 3, 1).plusDays(r.nextInt(300));
                            String what = pick(r, EXPENSES);
                            if (!day.isAfter(last)) {
                                entry(copy, g, "EXPENSE", day, amount, what, null);
                            }
                        }
                        if ((year == 2018 || year == 2021 || year == 2024) && r.nextDouble() < 0.25) {
                            LocalDate day = LocalDate.of(year, 6, 1).plusDays(r.nextInt(110));
                            long value = r.nextDouble() < 0.3 ? 0 : (5 + r.nextInt(11)) * 100_000L;
                            entry(copy, g, "SUPPORT", day, value, "Trang bị cho nhóm: đèn pin, áo mưa, gậy tuần tra, loa cầm tay",
                                    "Công an tỉnh Sơn La");
                        }
                        if ((year == 2019 || year == 2023) && r.nextDouble() < 0.1) {
                            LocalDate day = LocalDate.of(year, 9, 1).plusDays(r.nextInt(90));
                            entry(copy, g, "SUPPORT", day, (3 + r.nextInt(8)) * 100_000L, "Hỗ trợ kinh phí hoạt động của nhóm",
                                    year < 2025 ? commune : "UBND " + h.commune.name);
                        }
                    }
                }
            }
            return copy.finish();
        }
    }

    private static void entry(CopyWriter copy, Group g, String kind, LocalDate day, long amount, String description,
            String source) throws SQLException {
        copy.number(g.id).text(kind).date(day).number(amount).text(description).text(source).text(ACTOR)
                .time(day, 16 * 60).endRow();
    }

    /** The last year whose December rating (on that day of December) lies in the past. */
    private int lastRatedYear(int dayOfDecember) {
        return last.isBefore(LocalDate.of(last.getYear(), 12, dayOfDecember)) ? last.getYear() - 1 : last.getYear();
    }

    /** x rounded up with probability of its fraction: shares stay right on average even for small hamlets. */
    static int stochasticRound(double x, SplittableRandom r) {
        int floor = (int) Math.floor(x);
        return floor + (r.nextDouble() < x - floor ? 1 : 0);
    }
}
