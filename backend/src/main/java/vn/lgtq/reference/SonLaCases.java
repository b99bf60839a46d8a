package vn.lgtq.reference;

import static vn.lgtq.reference.SonLaModel.rng;
import static vn.lgtq.reference.SonLaNames.pick;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import vn.lgtq.bulk.CopyWriter;
import vn.lgtq.reference.SonLaModel.Commune;
import vn.lgtq.reference.SonLaModel.Group;
import vn.lgtq.reference.SonLaModel.Hamlet;
import vn.lgtq.reference.SonLaModel.Household;
import vn.lgtq.reference.SonLaModel.Subject;
import vn.lgtq.reference.SonLaNames.Ethnicity;
import vn.lgtq.reintegration.ReintegrationCipher;
import vn.lgtq.reintegration.ReintegrationDtos;
import vn.lgtq.reintegration.SupportArea;

/**
 * The registers and cases of the Sơn La demo data: commune safety standards, key areas, recognitions, security tips,
 * mediation cases and reintegration cases (identities, histories and notes sealed under the configured key).
 */
@ApplicationScoped
class SonLaCases {
    private static final String ACTOR = SonLaDemo.ACTOR;
    private static final LocalDate START = SonLaDemo.START;
    private static final LocalDate REFORM = ReferenceDataLoader.REFORM_DAY;
    private static final ZoneOffset VN = ZoneOffset.ofHours(7);

    @Inject
    ReintegrationCipher cipher;

    @Inject
    ObjectMapper json;

    // ---- Commune safety standard: 89 % of communes meet it every year

    /** 2016–2024: the 200 communes of the time; from 2025 the 75 new ones. Ranked over all, written for the chosen. */
    long safetyStandards(Connection c, SonLaPlan plan, Set<String> communeCodes, LocalDate last) throws SQLException {
        Set<Long> chosen = new HashSet<>();
        for (Commune n : plan.communes) {
            if (communeCodes == null || communeCodes.contains(n.code)) {
                chosen.add(n.id);
                n.predecessors.forEach(o -> chosen.add(o.id));
            }
        }
        Map<Long, String> oldUnits = new LinkedHashMap<>();
        plan.oldCommunes.forEach(o -> oldUnits.put(o.id, o.code));
        Map<Long, String> newUnits = new LinkedHashMap<>();
        plan.communes.forEach(n -> newUnits.put(n.id, n.code));
        try (CopyWriter copy = new CopyWriter(c, "commune_safety_standard",
                "commune_id, assessment_year, met, decided_on, decision_ref, recorded_by, recorded_at")) {
            for (int year = 2016; year <= 2025; year++) {
                Map<Long, String> units = year < REFORM.getYear() ? oldUnits : newUnits;
                List<Long> ids = new ArrayList<>(units.keySet());
                Map<Long, Double> score = new HashMap<>();
                for (Long id : ids) {
                    String code = units.get(id);
                    double merit = rng("safety:" + (year < REFORM.getYear() ? "old:" : "new:") + code).nextGaussian()
                            + (code.equals(SonLaPlan.HAT_LOT) ? 10 : 0);
                    score.put(id, merit + 0.8 * rng("safety:" + code + ":" + year).nextGaussian());
                }
                ids.sort(Comparator.comparing((Long id) -> -score.get(id)).thenComparing(id -> units.get(id)));
                long met = Math.round(0.89 * ids.size());
                for (int k = 0; k < ids.size(); k++) {
                    long id = ids.get(k);
                    SplittableRandom r = rng("safety-decision:" + units.get(id) + ":" + year);
                    LocalDate decided = LocalDate.of(year, 12, 15).plusDays(r.nextInt(14));
                    if (chosen.contains(id) && !decided.isAfter(last)) {
                        copy.number(id).number(year).bool(k < met).date(decided)
                                .text("QĐ số " + (1500 + r.nextInt(2500)) + "/QĐ-UBND").text(ACTOR).time(decided, 10 * 60)
                                .endRow();
                    }
                }
            }
            return copy.finish();
        }
    }

    // ---- Key complex areas: 42, all transformed by now

    private static final String[] PROBLEMS = {"Tụ điểm mua bán, sử dụng trái phép chất ma túy",
        "Địa bàn trung chuyển ma túy từ biên giới vào nội địa", "Trộm cắp tài sản, gia súc kéo dài",
        "Tụ điểm đánh bạc, cho vay nặng lãi", "Xuất cảnh trái phép, mua bán người", "Tranh chấp đất đai phức tạp, kéo dài",
        "Nhiều người nghiện ma túy, tái nghiện cao"};

    long keyAreas(Connection c, SonLaPlan plan, Collection<Hamlet> selected, LocalDate last) throws SQLException {
        List<Hamlet> candidates = new ArrayList<>(plan.hamlets.stream()
                .filter(h -> !h.existing && h.type == vn.lgtq.unit.UnitType.BAN).toList());
        Map<Hamlet, Double> score = new HashMap<>();
        candidates.forEach(h -> score.put(h, h.risk * rng("keyarea:" + h.code).nextDouble()));
        candidates.sort(Comparator.comparing((Hamlet h) -> -score.get(h)).thenComparing(h -> h.code));
        Map<String, Integer> perDistrict = new HashMap<>();
        Set<Hamlet> in = new HashSet<>(selected);
        try (CopyWriter copy = new CopyWriter(c, "key_area",
                "unit_id, name, problem, listed_on, transformed_on, note, recorded_by, recorded_at")) {
            int chosen = 0;
            for (Hamlet h : candidates) {
                if (chosen == 42) {
                    break;
                }
                if (perDistrict.merge(h.territory.districtCode, 1, Integer::sum) > 4) {
                    continue;
                }
                chosen++;
                SplittableRandom r = rng("keyarea-dates:" + h.code);
                LocalDate listed = LocalDate.of(2016, 12, 5).plusDays(r.nextInt(930));
                LocalDate transformed = listed.plusDays(365 + r.nextInt(1400));
                LocalDate latest = LocalDate.of(2025, 6, 20);
                if (transformed.isAfter(latest)) {
                    transformed = latest;
                }
                String problem = pick(r, PROBLEMS);
                if (in.contains(h) && !transformed.isAfter(last)) {
                    copy.number(h.id).text(h.name + ", " + h.territory.name + " (" + h.territory.districtName + ")")
                            .text(problem).date(listed).date(transformed)
                            .text("Đã chuyển hóa: nhóm LGTQ duy trì tuần tra, tố giác, giúp đỡ người sau cai nghiện;"
                                    + " không còn tụ điểm phức tạp.")
                            .text(ACTOR).time(transformed, 15 * 60).endRow();
                }
            }
            return copy.finish();
        }
    }

    // ---- Recognitions: about 300 over the years

    long recognitions(Connection c, SonLaPlan plan, Collection<Hamlet> selected, LocalDate last) throws SQLException {
        double[] cumulative = new double[plan.hamlets.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += plan.hamlets.get(i).groups;
            cumulative[i] = sum;
        }
        Set<Hamlet> in = new HashSet<>(selected);
        try (CopyWriter copy = new CopyWriter(c, "recognition",
                "unit_id, group_id, person_name, recognition_year, level, reason, recorded_by, recorded_at")) {
            for (int year = 2017; year <= 2025; year++) {
                SplittableRandom r = rng("recognitions:" + year);
                int count = 28 + r.nextInt(11);
                LocalDate day = LocalDate.of(year, 12, 28);
                for (int k = 0; k < count; k++) {
                    double x = r.nextDouble() * sum;
                    int i = java.util.Arrays.binarySearch(cumulative, x);
                    Hamlet h = plan.hamlets.get(i < 0 ? -i - 1 : i);
                    int index = r.nextInt(Math.max(1, h.groups));
                    boolean person = r.nextDouble() < 0.3;
                    double u = r.nextDouble();
                    String level = year >= REFORM.getYear()
                            ? (u < 0.03 ? "MINISTRY" : u < 0.38 ? "PROVINCE" : "COMMUNE")
                            : (u < 0.03 ? "MINISTRY" : u < 0.25 ? "PROVINCE" : u < 0.60 ? "DISTRICT" : "COMMUNE");
                    String reason = person ? pick(r, PERSON_REASONS) : pick(r, GROUP_REASONS) + " năm " + year;
                    if (!in.contains(h) || index >= h.groupRows.size() || day.isAfter(last)) {
                        continue;
                    }
                    Group g = h.groupRows.get(index);
                    String leader = g.members.isEmpty() ? h.leaderName : g.members.get(0).headName;
                    copy.number(h.id).number(person ? null : g.id).text(person ? leader : null).number(year).text(level)
                            .text(reason).text(ACTOR).time(day, 10 * 60).endRow();
                }
            }
            return copy.finish();
        }
    }

    private static final String[] GROUP_REASONS = {
        "Nhóm tiêu biểu trong phong trào Toàn dân bảo vệ an ninh Tổ quốc",
        "Có thành tích xuất sắc trong phòng, chống tội phạm và tệ nạn ma túy",
        "Hòa giải thành nhiều vụ mâu thuẫn, tranh chấp tại cơ sở",
        "Duy trì hoạt động hiệu quả, không để xảy ra tội phạm trong nhóm"};
    private static final String[] PERSON_REASONS = {
        "Nhóm trưởng tiêu biểu, tích cực vận động các hộ chấp hành pháp luật",
        "Kịp thời cung cấp tin báo giúp cơ quan Công an bắt giữ đối tượng mua bán trái phép chất ma túy",
        "Tích cực giúp đỡ người sau cai nghiện tái hòa nhập cộng đồng",
        "Dũng cảm tham gia bắt giữ đối tượng trộm cắp tài sản"};

    // ---- Security tips: 6,861 over ten years, 504 arrests or cases made

    private static final String[] CATEGORIES = {"DRUGS", "THEFT_ROBBERY", "GAMBLING", "FIGHTING_DISORDER",
        "SUSPICIOUS_PEOPLE", "WEAPONS_EXPLOSIVES", "DOMESTIC_VIOLENCE", "HUMAN_TRAFFICKING", "ILLEGAL_BORDER_CROSSING",
        "FRAUD_ONLINE_SCAM", "TRAFFIC", "FIRE", "OTHER"};
    private static final double[] CATEGORY_WEIGHTS = {30, 19, 7, 10, 9, 2, 5, 2, 3, 5, 2, 2, 4};
    private static final Set<String> ARRESTABLE = Set.of("DRUGS", "THEFT_ROBBERY", "GAMBLING", "FIGHTING_DISORDER",
            "WEAPONS_EXPLOSIVES", "HUMAN_TRAFFICKING", "ILLEGAL_BORDER_CROSSING", "FRAUD_ONLINE_SCAM");
    private static final Map<String, String[]> TIP_TEXTS = Map.ofEntries(
            Map.entry("DRUGS", new String[] {"Phát hiện nhóm người tụ tập nghi sử dụng ma túy tại %s",
                "Nghi có người mua bán trái phép chất ma túy gần %s", "Có người lạ mang hàng nghi là ma túy qua %s",
                "Phát hiện bơm kim tiêm, giấy bạc nghi dùng để sử dụng ma túy ở %s"}),
            Map.entry("THEFT_ROBBERY", new String[] {"Mất trộm 01 xe máy đỗ trước nhà ở %s",
                "Mất trộm trâu, bò thả ở khu vực %s", "Nghi có đối tượng trộm cắp tài sản vào nhà dân ở %s",
                "Mất trộm điện thoại, tiền mặt tại %s"}),
            Map.entry("GAMBLING", new String[] {"Có nhóm người tụ tập đánh bạc ăn tiền tại %s",
                "Nghi có tổ chức ghi lô, đề tại %s"}),
            Map.entry("FIGHTING_DISORDER", new String[] {"Xô xát giữa hai nhóm thanh niên tại %s",
                "Có người say rượu gây rối trật tự ở %s"}),
            Map.entry("SUSPICIOUS_PEOPLE", new String[] {"Có người lạ đến %s hỏi mua đất, không khai báo tạm trú",
                "Xe lạ ra vào %s vào ban đêm, nghi vấn"}),
            Map.entry("WEAPONS_EXPLOSIVES", new String[] {"Nghi có hộ cất giữ súng kíp tự chế ở %s",
                "Phát hiện vật nghi là vật liệu nổ gần %s"}),
            Map.entry("DOMESTIC_VIOLENCE", new String[] {"Chồng say rượu đánh vợ tại một hộ ở %s",
                "Mâu thuẫn gia đình dẫn đến xô xát tại %s"}),
            Map.entry("HUMAN_TRAFFICKING", new String[] {"Có người lạ rủ phụ nữ ở %s đi làm thuê, nghi mua bán người"}),
            Map.entry("ILLEGAL_BORDER_CROSSING", new String[] {"Nghi có người ở %s xuất cảnh trái phép sang Lào làm thuê"}),
            Map.entry("FRAUD_ONLINE_SCAM", new String[] {"Người dân ở %s bị gọi điện giả danh công an yêu cầu chuyển tiền",
                "Có người ở %s bị lừa đảo qua mạng xã hội"}),
            Map.entry("TRAFFIC", new String[] {"Tai nạn giao thông giữa hai xe máy tại %s"}),
            Map.entry("FIRE", new String[] {"Cháy nương, nguy cơ lan sang rừng gần %s", "Cháy bếp tại một hộ ở %s"}),
            Map.entry("OTHER", new String[] {"Tranh chấp lối đi giữa các hộ ở %s có nguy cơ xô xát"}));
    private static final String[] PLACES = {"nhà văn hóa ", "đầu ", "cuối ", "bờ suối ", "đường vào ", "khu vực chợ "};

    private static final class PlannedTip {
        Hamlet hamlet;
        long created;
        Long occurred;
        String category;
        String location;
        String description;
        String source;
        String status;
        String outcome;
        Long triaged;
        Long actioned;
        Long closed;
        int arrests;
        String property;
        String handedTo;
    }

    long tips(Connection c, SonLaPlan plan, Collection<Hamlet> selected, LocalDate last) throws SQLException {
        long lastMinute = ChronoUnit.DAYS.between(START, last) * 1440 + 23 * 60;
        Map<Hamlet, List<PlannedTip>> byHamlet = new LinkedHashMap<>();
        for (Hamlet h : plan.hamlets) {
            byHamlet.put(h, planTips(h, lastMinute));
        }
        // The arrests go to confirmed tips of the arrestable kinds, shared out over the hamlets that have them.
        List<Hamlet> all = plan.hamlets;
        double[] eligible = new double[all.size()];
        for (int i = 0; i < eligible.length; i++) {
            eligible[i] = byHamlet.get(all.get(i)).stream().filter(SonLaCases::arrestable).count();
        }
        int[] arrests = SonLaPlan.allocate(SonLaPlan.ARRESTS, eligible, new int[eligible.length]);
        for (int i = 0; i < arrests.length; i++) {
            int left = arrests[i];
            for (PlannedTip t : byHamlet.get(all.get(i))) {
                if (left > 0 && arrestable(t)) {
                    t.arrests = 1;
                    left--;
                    SplittableRandom r = rng("arrest:" + t.hamlet.code + ":" + t.created);
                    if (t.category.equals("THEFT_ROBBERY")) {
                        t.property = r.nextBoolean() ? "Thu hồi 01 xe máy" : "Thu hồi tài sản bị mất, trả lại chủ sở hữu";
                    }
                    boolean before = minuteDay(t.actioned).isBefore(REFORM);
                    t.handedTo = t.category.equals("DRUGS") || r.nextDouble() < 0.5
                            ? (before ? "Công an " + lower(t.hamlet.territory == null ? "huyện" : t.hamlet.territory.districtName)
                                    : "Công an tỉnh Sơn La")
                            : null;
                }
            }
        }
        long rows = 0;
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO tip (hamlet_id, primary_unit_id, category, occurred_at, location_text, description, source,
                    reporter_username, status, outcome, arrests_or_cases, property_recovered, handed_to_agency,
                    created_at, triaged_at, closed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"})) {
            List<PlannedTip> written = new ArrayList<>();
            for (Hamlet h : selected) {
                for (PlannedTip t : byHamlet.get(h)) {
                    insert.setLong(1, h.id);
                    insert.setLong(2, h.commune.id);
                    insert.setString(3, t.category);
                    insert.setObject(4, time(t.occurred), Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.setString(5, t.location);
                    insert.setString(6, t.description);
                    insert.setString(7, t.source);
                    insert.setString(8, t.source.equals("CITIZEN") ? null : ACTOR);
                    insert.setString(9, t.status);
                    insert.setString(10, t.outcome);
                    insert.setInt(11, t.arrests);
                    insert.setString(12, t.property);
                    insert.setString(13, t.handedTo);
                    insert.setObject(14, time(t.created), Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.setObject(15, time(t.triaged), Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.setObject(16, time(t.closed), Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.addBatch();
                    written.add(t);
                }
            }
            insert.executeBatch();
            rows += written.size();
            try (ResultSet keys = insert.getGeneratedKeys();
                    CopyWriter copy = new CopyWriter(c, "tip_event",
                            "tip_id, occurred_at, actor, kind, from_status, to_status, comment, public")) {
                for (PlannedTip t : written) {
                    keys.next();
                    long id = keys.getLong(1);
                    event(copy, id, t.created, t.source.equals("CITIZEN") ? null : ACTOR, "FILED", null, null, null, true);
                    if (t.triaged != null) {
                        event(copy, id, t.triaged, ACTOR, "STATUS", "NEW", "VERIFYING", "Đã tiếp nhận, giao cán bộ xác minh", true);
                    }
                    if (t.actioned != null) {
                        event(copy, id, t.actioned, ACTOR, "STATUS", "VERIFYING", "ACTIONED", "Đã xác minh, xử lý theo quy định",
                                true);
                    }
                    if (t.arrests > 0) {
                        event(copy, id, t.actioned + 60, ACTOR, "RESULT", null, null, "arrestsOrCases=" + t.arrests, false);
                    }
                    if (t.closed != null) {
                        String comment = switch (t.outcome) {
                            case "CONFIRMED" -> "Tin báo đúng sự thật, đã xử lý xong";
                            case "UNFOUNDED" -> "Xác minh không có cơ sở";
                            default -> "Tin báo sai sự thật, đã nhắc nhở";
                        };
                        event(copy, id, t.closed, ACTOR, "STATUS", t.actioned != null ? "ACTIONED" : "VERIFYING", "CLOSED",
                                comment, true);
                    }
                }
                rows += copy.finish();
            }
        }
        return rows;
    }

    private static boolean arrestable(PlannedTip t) {
        return ARRESTABLE.contains(t.category) && t.actioned != null
                && (t.status.equals("ACTIONED") || "CONFIRMED".equals(t.outcome));
    }

    private static void event(CopyWriter copy, long tipId, long minute, String actor, String kind, String from,
            String to, String comment, boolean shown) throws SQLException {
        LocalDate day = minuteDay(minute);
        copy.number(tipId).time(day, (int) (minute % 1440)).text(actor).text(kind).text(from).text(to).text(comment)
                .bool(shown).endRow();
    }

    private List<PlannedTip> planTips(Hamlet h, long lastMinute) {
        SplittableRandom r = rng("tips:" + h.code);
        List<PlannedTip> tips = new ArrayList<>(h.tips);
        int days = (int) ChronoUnit.DAYS.between(START, minuteDay(lastMinute)) + 1;
        for (int i = 0; i < h.tips; i++) {
            PlannedTip t = new PlannedTip();
            t.hamlet = h;
            t.created = (long) r.nextInt(days) * 1440 + 6 * 60 + r.nextInt(16 * 60);
            LocalDate day = minuteDay(t.created);
            double[] weights = CATEGORY_WEIGHTS.clone();
            if (day.getYear() >= 2021) {
                weights[9] *= 2.5;
            }
            t.category = CATEGORIES[weighted(r, weights)];
            t.occurred = r.nextDouble() < 0.65 ? t.created - 30 - r.nextInt(4290) : null;
            String place = pick(r, PLACES) + h.name;
            t.location = Character.toUpperCase(place.charAt(0)) + place.substring(1);
            t.description = pick(r, TIP_TEXTS.get(t.category)).formatted(h.name);
            double u = r.nextDouble();
            t.source = u < 0.6 ? "SELF" : u < 0.9 || day.getYear() < 2024 ? "ANONYMOUS" : "CITIZEN";
            long age = (lastMinute - t.created) / 1440;
            double s = r.nextDouble();
            t.status = age > 60 ? (s < 0.97 ? "CLOSED" : "ACTIONED")
                    : age >= 15 ? (s < 0.6 ? "CLOSED" : s < 0.85 ? "ACTIONED" : "VERIFYING")
                    : (s < 0.3 ? "NEW" : s < 0.7 ? "VERIFYING" : s < 0.9 ? "ACTIONED" : "CLOSED");
            double o = r.nextDouble();
            String outcome = o < 0.68 ? "CONFIRMED" : o < 0.95 ? "UNFOUNDED" : "PRANK";
            long triageDelay = 60 + r.nextInt(1380);
            long actionDelay = 1440 + r.nextInt(4 * 1440);
            long closeDelay = 2 * 1440 + r.nextInt(38 * 1440);
            if (!t.status.equals("NEW")) {
                t.triaged = Math.min(t.created + triageDelay, lastMinute);
            }
            boolean closed = t.status.equals("CLOSED");
            if (t.status.equals("ACTIONED") || closed && outcome.equals("CONFIRMED")) {
                t.actioned = Math.min(t.triaged + actionDelay, lastMinute);
            }
            if (closed) {
                t.outcome = outcome;
                long after = t.actioned != null ? t.actioned : t.triaged;
                t.closed = Math.max(after, Math.min(after + closeDelay, lastMinute));
            }
            tips.add(t);
        }
        return tips;
    }

    // ---- Mediation: 650 cases, mostly reconciled

    private static final String[] DISPUTES = {"LAND_BOUNDARY", "NEIGHBOURS", "MARRIAGE_FAMILY", "DEBT_PROPERTY",
        "NOISE_HYGIENE", "INHERITANCE", "OTHER"};
    private static final double[] DISPUTE_WEIGHTS = {30, 22, 15, 12, 8, 6, 7};
    private static final Map<String, String> DISPUTE_TEXTS = Map.of(
            "LAND_BOUNDARY", "Tranh chấp ranh giới đất vườn, nương giữa hộ %s và hộ %s",
            "NEIGHBOURS", "Mâu thuẫn giữa hộ %s và hộ %s do gia súc phá hoại hoa màu",
            "MARRIAGE_FAMILY", "Mâu thuẫn vợ chồng trong gia đình %s, nhà bên %s đề nghị nhóm can thiệp",
            "DEBT_PROPERTY", "Hộ %s vay tiền của hộ %s quá hạn chưa trả",
            "NOISE_HYGIENE", "Hộ %s phản ánh hộ %s xả nước thải, chăn nuôi gây ô nhiễm",
            "INHERITANCE", "Tranh chấp chia đất thừa kế giữa hộ %s và hộ %s",
            "OTHER", "Tranh chấp lối đi chung giữa hộ %s và hộ %s");
    private static final Map<String, String> AGREEMENTS = Map.of(
            "LAND_BOUNDARY", "Hai bên thống nhất cắm mốc lại ranh giới theo hiện trạng sử dụng, ký biên bản",
            "NEIGHBOURS", "Bên có gia súc bồi thường hoa màu và cam kết quây chuồng, không thả rông",
            "MARRIAGE_FAMILY", "Vợ chồng hòa thuận trở lại, người chồng cam kết không uống rượu say, không đánh vợ",
            "DEBT_PROPERTY", "Bên vay cam kết trả dần trong 6 tháng, mỗi tháng một phần",
            "NOISE_HYGIENE", "Hộ chăn nuôi làm hố xử lý nước thải, di chuyển chuồng trại cách xa nhà bên cạnh",
            "INHERITANCE", "Các bên thống nhất phân chia theo ý kiến chung của gia đình, có người làm chứng",
            "OTHER", "Hai bên thống nhất để lối đi chung rộng 2 m, cùng đóng góp làm đường");

    private record PlannedCase(Hamlet hamlet, Group group, LocalDate received, String intake, String type,
            String status, String outcome, LocalDate closedOn, String escalatedTo, Household first, Household second,
            String outsider, List<LocalDate> sessions, boolean hamletLeader) {
    }

    long mediations(Connection c, List<Hamlet> hamlets, LocalDate last) throws SQLException {
        int days = (int) ChronoUnit.DAYS.between(START, last);
        List<PlannedCase> planned = new ArrayList<>();
        Set<Long> households = new HashSet<>();
        for (Hamlet h : hamlets) {
            SplittableRandom r = rng("mediation:" + h.code);
            List<Group> groups = h.groupRows.stream().filter(g -> g.members.size() >= 2).toList();
            for (int i = 0; i < h.mediations && !groups.isEmpty(); i++) {
                Group g = groups.get(r.nextInt(groups.size()));
                LocalDate received = START.plusDays(r.nextInt(days));
                double u = r.nextDouble();
                String intake = u < 0.55 ? "PARTY_REQUEST" : u < 0.9 ? "GROUP_NOTICED" : "COMMUNE_REFERRAL";
                String type = DISPUTES[weighted(r, DISPUTE_WEIGHTS)];
                int a = r.nextInt(g.members.size() - 1);
                Household first = g.members.get(a);
                Household second = g.members.get(a + 1);
                String outsider = null;
                if (r.nextDouble() < 0.12) {
                    Ethnicity e = h.kind.ethnicity(r);
                    outsider = e.name(r, e.family(r), r.nextDouble() < 0.8);
                    second = null;
                }
                boolean open = ChronoUnit.DAYS.between(received, last) < 45 && r.nextDouble() < 0.6;
                double o = r.nextDouble();
                String outcome = open ? null : o < 0.82 ? "RECONCILED" : o < 0.88 ? "NOT_RECONCILED" : o < 0.96 ? "ESCALATED"
                        : "WITHDRAWN";
                LocalDate closedOn = null;
                if (!open) {
                    closedOn = received.plusDays(3 + r.nextInt(43));
                    if (closedOn.isAfter(last)) {
                        closedOn = last;
                    }
                }
                double e = r.nextDouble();
                String escalated = "ESCALATED".equals(outcome)
                        ? (e < 0.5 ? "COMMUNE_POLICE" : e < 0.85 ? "COMMUNE_PEOPLES_COMMITTEE" : "COURT") : null;
                List<LocalDate> sessions = new ArrayList<>();
                if (!open) {
                    int n = 1 + (r.nextDouble() < 0.4 ? 1 : 0) + (r.nextDouble() < 0.15 ? 1 : 0);
                    long span = ChronoUnit.DAYS.between(received, closedOn);
                    for (int k = 1; k < n; k++) {
                        sessions.add(received.plusDays(span * k / n));
                    }
                    sessions.add(closedOn);
                } else if (open && r.nextBoolean()) {
                    LocalDate day = received.plusDays(2);
                    if (!day.isAfter(last)) {
                        sessions.add(day);
                    }
                }
                planned.add(new PlannedCase(h, g, received, intake, type, open ? "OPEN" : "CLOSED", outcome, closedOn,
                        escalated, first, second, outsider, sessions, r.nextDouble() < 0.6));
                households.add(first.id);
                if (second != null) {
                    households.add(second.id);
                }
            }
        }
        Map<Long, Long> heads = heads(c, households);
        long rows = 0;
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO mediation_case (hamlet_id, group_id, received_on, intake, dispute_type, description, status,
                    outcome, closed_on, agreement, escalated_to, outcome_note, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"})) {
            for (PlannedCase p : planned) {
                String secondName = p.second() != null ? p.second().headName : p.outsider();
                insert.setLong(1, p.hamlet().id);
                insert.setLong(2, p.group().id);
                insert.setObject(3, p.received());
                insert.setString(4, p.intake());
                insert.setString(5, p.type());
                insert.setString(6, DISPUTE_TEXTS.get(p.type()).formatted(p.first().headName, secondName));
                insert.setString(7, p.status());
                insert.setString(8, p.outcome());
                insert.setObject(9, p.closedOn(), Types.DATE);
                insert.setString(10, "RECONCILED".equals(p.outcome()) ? AGREEMENTS.get(p.type()) : null);
                insert.setString(11, p.escalatedTo());
                insert.setString(12, p.outcome() == null ? null : switch (p.outcome()) {
                    case "NOT_RECONCILED" -> "Các bên chưa thống nhất; hướng dẫn gửi đơn đến UBND xã";
                    case "ESCALATED" -> "Vượt quá khả năng hòa giải của nhóm, chuyển cấp có thẩm quyền giải quyết";
                    case "WITHDRAWN" -> "Các bên tự thỏa thuận được, rút yêu cầu hòa giải";
                    default -> null;
                });
                insert.setString(13, ACTOR);
                insert.setObject(14, p.received().atTime(19, 0).atOffset(VN), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.addBatch();
            }
            insert.executeBatch();
            rows += planned.size();
            List<Long> ids = new ArrayList<>();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
            try (CopyWriter copy = new CopyWriter(c, "mediation_party",
                    "case_id, position, household_id, person_id, name, outsider_address")) {
                for (int i = 0; i < planned.size(); i++) {
                    PlannedCase p = planned.get(i);
                    copy.number(ids.get(i)).number(0).number(p.first().id).number(heads.get(p.first().id))
                            .text(p.first().headName).nil().endRow();
                    if (p.second() != null) {
                        copy.number(ids.get(i)).number(1).number(p.second().id).number(heads.get(p.second().id))
                                .text(p.second().headName).nil().endRow();
                    } else {
                        copy.number(ids.get(i)).number(1).nil().nil().text(p.outsider())
                                .text("Bản lân cận, " + p.hamlet().commune.lowerName()).endRow();
                    }
                }
                rows += copy.finish();
            }
            try (CopyWriter copy = new CopyWriter(c, "mediation_mediator", "case_id, position, role, name")) {
                for (int i = 0; i < planned.size(); i++) {
                    PlannedCase p = planned.get(i);
                    copy.number(ids.get(i)).number(0).text("GROUP_LEADER").text(p.group().members.get(0).headName).endRow();
                    if (p.hamletLeader()) {
                        copy.number(ids.get(i)).number(1).text("HAMLET_LEADER").text(p.hamlet().leaderName).endRow();
                    }
                }
                rows += copy.finish();
            }
            try (CopyWriter copy = new CopyWriter(c, "mediation_session",
                    "case_id, held_on, place, attendees, notes, recorded_by, recorded_at")) {
                for (int i = 0; i < planned.size(); i++) {
                    PlannedCase p = planned.get(i);
                    for (int k = 0; k < p.sessions().size(); k++) {
                        LocalDate day = p.sessions().get(k);
                        boolean lastSession = k == p.sessions().size() - 1 && p.closedOn() != null;
                        copy.number(ids.get(i)).date(day).text(k % 2 == 0 ? "Nhà văn hóa " + p.hamlet().name
                                        : "Nhà nhóm trưởng nhóm số " + p.group().number)
                                .text("Các bên, nhóm trưởng" + (p.hamletLeader() ? ", trưởng bản/tổ" : ""))
                                .text(lastSession ? "Kết thúc hòa giải" : "Nghe các bên trình bày, phân tích tình lý, hẹn buổi sau")
                                .text(ACTOR).time(day, 21 * 60).endRow();
                    }
                }
                rows += copy.finish();
            }
        }
        return rows;
    }

    // ---- Reintegration: 2,987 people followed after rehabilitation (or prison)

    private static final String[] CONTACT_NOTES = {"Đã gặp, đang làm nương cùng gia đình", "Có việc làm thời vụ ở xã",
        "Gia đình quan tâm, động viên", "Đi làm ăn xa, liên lạc qua điện thoại", "Tham gia sinh hoạt nhóm đầy đủ",
        "Cần hỗ trợ tìm việc làm", "Chấp hành tốt quy định của địa phương"};

    long reintegrations(Connection c, List<Hamlet> hamlets, LocalDate last) throws SQLException {
        List<Subject> subjects = new ArrayList<>();
        List<Hamlet> of = new ArrayList<>();
        for (Hamlet h : hamlets) {
            for (Subject s : h.subjects) {
                subjects.add(s);
                of.add(h);
            }
        }
        Map<String, Long> people = people(c, subjects);
        long rows = 0;
        List<long[]> helpers = new ArrayList<>();
        List<Object[]> contacts = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        List<Long> personIds = new ArrayList<>();
        long before = maxId(c, "reintegration_case");
        // Ids taken before the COPY (no other statement may run on the connection during one).
        Iterator<Long> caseIds = reserveIds(c, "reintegration_case", subjects.size());
        try (CopyWriter copy = new CopyWriter(c, "reintegration_case", "id, commune_id, hamlet_id, group_id, person_id,"
                + " identity_ciphertext, history_ciphertext, category, support_level, started_on, planned_end_on,"
                + " responsible_officer, plan_json, status, status_since, last_contact_on, next_contact_due, created_at")) {
            for (int i = 0; i < subjects.size(); i++) {
                Subject s = subjects.get(i);
                Hamlet h = of.get(i);
                SplittableRandom r = rng("reintegration:" + h.code + ":" + s.household().code);
                double u = r.nextDouble();
                String category = u < 0.58 ? "AFTER_COMPULSORY_REHAB" : u < 0.88 ? "AFTER_VOLUNTARY_REHAB"
                        : u < 0.97 ? "RELEASED_FROM_PRISON" : u < 0.98 ? "BACK_FROM_REFORM_SCHOOL" : "OTHER";
                double v = r.nextDouble();
                String level = v < 0.35 ? "LOW" : v < 0.8 ? "MEDIUM" : "HIGH";
                int interval = level.equals("LOW") ? 90 : level.equals("MEDIUM") ? 30 : 14;
                LocalDate earliest = LocalDate.of(s.birthYear() + 19, 1, 1);
                if (earliest.isBefore(START)) {
                    earliest = START;
                }
                LocalDate started = earliest.plusDays(r.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(earliest, last) - 7)));
                LocalDate plannedEnd = started.plusMonths(level.equals("LOW") ? 12 : 24);
                String status;
                LocalDate since;
                double w = r.nextDouble();
                if (plannedEnd.isBefore(last.minusDays(30))) {
                    status = w < 0.72 ? "COMPLETED" : w < 0.86 ? "RELAPSED" : w < 0.95 ? "MOVED_AWAY" : "DECEASED";
                    since = status.equals("COMPLETED") ? plannedEnd
                            : started.plusDays(60 + r.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(started, plannedEnd) - 60)));
                } else {
                    status = w < 0.88 ? "ACTIVE" : w < 0.95 ? "RELAPSED" : "MOVED_AWAY";
                    since = status.equals("ACTIVE") ? started
                            : started.plusDays(r.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(started, last))));
                }
                if (since.isAfter(last)) {
                    since = last;
                }
                LocalDate until = status.equals("ACTIVE") ? last : since;
                List<LocalDate> dates = new ArrayList<>();
                for (LocalDate d = started.plusDays(interval - 3 + r.nextInt(7)); !d.isAfter(until);
                        d = d.plusDays(interval - 3 + r.nextInt(7))) {
                    dates.add(d);
                }
                if (status.equals("ACTIVE") && !dates.isEmpty() && r.nextDouble() < 0.06) {
                    dates.remove(dates.size() - 1); // a few active cases are overdue for a contact
                }
                LocalDate lastContact = dates.isEmpty() ? null : dates.get(dates.size() - 1);
                LocalDate nextDue = (lastContact == null ? started : lastContact).plusDays(interval);
                Long person = people.get(s.household().id + ":" + s.position());
                personIds.add(person);
                long caseId = caseIds.next();
                copy.number(caseId).number(h.commune.id).number(h.id).number(s.household().group.id).number(person)
                        .bytes(cipher.seal(new ReintegrationCipher.Identity(s.name(), s.birthYear(), null), caseId))
                        .bytes(cipher.sealText(history(category, started, r), ReintegrationCipher.Text.HISTORY, caseId))
                        .text(category).text(level).date(started)
                        .date(plannedEnd).text(h.commune.officer).text(plan(r)).text(status).date(since).date(lastContact)
                        .date(nextDue).time(started, 10 * 60).endRow();
                List<Household> members = s.household().group.members;
                int index = members.indexOf(s.household());
                int helping = Math.min(members.size() - 1, r.nextDouble() < 0.5 ? 2 : 1);
                for (int k = 1; k <= helping; k++) {
                    LocalDate signed = started.plusDays(r.nextInt(10));
                    helpers.add(new long[] {i, members.get((index + k) % members.size()).id,
                        (signed.isAfter(last) ? started : signed).toEpochDay()});
                }
                for (LocalDate d : dates) {
                    double m = r.nextDouble();
                    String method = m < 0.6 ? "VISIT" : m < 0.85 ? "PHONE" : m < 0.97 ? "MEETING" : "OTHER";
                    double x = r.nextDouble();
                    String result = x < 0.88 ? "MET" : x < 0.98 ? "NOT_MET" : "REFUSED";
                    String note = r.nextDouble() < 0.25 ? pick(r, CONTACT_NOTES) : null;
                    contacts.add(new Object[] {i, d, method, result, note});
                }
                events.add(new Object[] {i, "ACTIVE", started});
                if (!status.equals("ACTIVE")) {
                    events.add(new Object[] {i, status, since});
                }
            }
            rows += copy.finish();
        }
        // The new cases' ids, by the person each follows (one case a person).
        Map<Long, Long> byPerson = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT person_id, id FROM reintegration_case WHERE id > ?")) {
            s.setLong(1, before);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byPerson.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        List<Long> ids = personIds.stream().map(byPerson::get).toList();
        try (CopyWriter copy = new CopyWriter(c, "reintegration_helper", "case_id, household_id, commitment_signed_on")) {
            for (long[] x : helpers) {
                copy.number(ids.get((int) x[0])).number(x[1]).date(LocalDate.ofEpochDay(x[2])).endRow();
            }
            rows += copy.finish();
        }
        Iterator<Long> contactIds = reserveIds(c, "reintegration_contact", contacts.size());
        try (CopyWriter copy = new CopyWriter(c, "reintegration_contact",
                "id, case_id, contacted_on, method, result, notes_ciphertext, recorded_by, recorded_at")) {
            for (Object[] x : contacts) {
                String note = (String) x[4];
                long contactId = contactIds.next();
                copy.number(contactId).number(ids.get((int) x[0])).date((LocalDate) x[1]).text((String) x[2]).text((String) x[3])
                        .bytes(note == null ? null
                                : cipher.sealText(note, ReintegrationCipher.Text.CONTACT_NOTES, contactId)).text(ACTOR)
                        .time((LocalDate) x[1], 17 * 60).endRow();
            }
            rows += copy.finish();
        }
        try (CopyWriter copy = new CopyWriter(c, "reintegration_status_event", "case_id, status, on_date, actor, at")) {
            for (Object[] x : events) {
                copy.number(ids.get((int) x[0])).text((String) x[1]).date((LocalDate) x[2]).text(ACTOR)
                        .time((LocalDate) x[2], 16 * 60).endRow();
            }
            rows += copy.finish();
        }
        return rows;
    }

    private static String history(String category, LocalDate started, SplittableRandom r) {
        int months = 12 + 6 * r.nextInt(4);
        LocalDate from = started.minusMonths(months);
        String period = "từ " + from.getMonthValue() + "/" + from.getYear() + " đến " + started.getMonthValue() + "/"
                + started.getYear();
        return switch (category) {
            case "AFTER_COMPULSORY_REHAB" -> "Cai nghiện ma túy bắt buộc tại Cơ sở cai nghiện ma túy tỉnh Sơn La " + period + ".";
            case "AFTER_VOLUNTARY_REHAB" -> "Cai nghiện ma túy tự nguyện tại cộng đồng " + period + ".";
            case "RELEASED_FROM_PRISON" -> "Chấp hành xong án phạt tù " + months / 12 + " năm về tội tàng trữ trái phép chất ma túy, "
                    + period + ".";
            case "BACK_FROM_REFORM_SCHOOL" -> "Chấp hành xong biện pháp giáo dục tại trường giáo dưỡng " + period + ".";
            default -> "Được gia đình và nhóm LGTQ đề nghị giúp đỡ, theo dõi " + period + ".";
        };
    }

    /** The support plan, in the form the reintegration service reads it (no health details: leaders see it). */
    private String plan(SplittableRandom r) {
        List<ReintegrationDtos.Goal> goals = new ArrayList<>();
        goals.add(new ReintegrationDtos.Goal(SupportArea.WORK, r.nextBoolean() ? "Có việc làm ổn định tại địa phương"
                : "Tham gia sản xuất nông nghiệp cùng gia đình", "Nhóm giới thiệu việc làm thời vụ; hướng dẫn vay vốn ưu đãi"));
        goals.add(new ReintegrationDtos.Goal(SupportArea.FAMILY, "Gia đình quan tâm, không để tái sử dụng ma túy",
                "Hộ giúp đỡ thăm hỏi, động viên hằng tháng"));
        if (r.nextDouble() < 0.3) {
            goals.add(new ReintegrationDtos.Goal(SupportArea.STUDY, "Học nghề ngắn hạn", "Đăng ký lớp học nghề của xã"));
        }
        try {
            return json.writeValueAsString(goals);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- Helpers

    private static long maxId(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT coalesce(max(id), 0) FROM " + table);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The head's person id of each household. */
    private static Map<Long, Long> heads(Connection c, Collection<Long> households) throws SQLException {
        Map<Long, Long> heads = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT ON (household_id) household_id, id FROM person"
                + " WHERE household_id = ANY(?) ORDER BY household_id, position")) {
            s.setArray(1, c.createArrayOf("bigint", households.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    heads.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return heads;
    }

    /** Person ids by "household id:position". */
    private static Map<String, Long> people(Connection c, List<Subject> subjects) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT household_id, position, id FROM person WHERE household_id = ANY(?)")) {
            s.setArray(1, c.createArrayOf("bigint", subjects.stream().map(x -> x.household().id).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getLong(1) + ":" + rs.getInt(2), rs.getLong(3));
                }
            }
        }
        return ids;
    }

    private static int weighted(SplittableRandom r, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double x = r.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static LocalDate minuteDay(long minute) {
        return START.plusDays(minute / 1440);
    }

    private static OffsetDateTime time(Long minute) {
        return minute == null ? null : minuteDay(minute).atStartOfDay().plusMinutes(minute % 1440).atOffset(VN);
    }

    private static String lower(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** Ids taken from a table's identity sequence ahead of a COPY, so that sealed values are bound to their row. */
    private static Iterator<Long> reserveIds(Connection c, String table, int count) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        try (PreparedStatement s = c.prepareStatement(
                "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)")) {
            s.setString(1, table);
            s.setInt(2, count);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids.iterator();
    }
}
