package vn.lgtq.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.lgtq.dashboard.DashboardDtos.Dashboard;
import vn.lgtq.dashboard.DashboardDtos.Figures;
import vn.lgtq.dashboard.DashboardDtos.Month;
import vn.lgtq.dashboard.DashboardDtos.Row;
import vn.lgtq.dashboard.DashboardDtos.Year;
import vn.lgtq.mediation.MediationOutcome;
import vn.lgtq.tip.TipCategory;
import vn.lgtq.tip.TipOutcome;
import vn.lgtq.tip.TipStatus;

/** The periodic report as a workbook: the dashboard's own numbers, in Vietnamese, one sheet per view. */
@ApplicationScoped
public class DashboardReport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String HEADER_FILL = "DDEBF7";

    /** A headline figure: its label and where it comes from. */
    record Indicator(String label, Function<Figures, Number> value, boolean percent) {
        static Indicator count(String label, Function<Figures, Number> value) {
            return new Indicator(label, value, false);
        }

        static Indicator percent(String label, Function<Figures, Number> value) {
            return new Indicator(label, value, true);
        }
    }

    /** The report's headline figures, in the order the province reports them. */
    static final List<Indicator> INDICATORS = List.of(
            Indicator.count("Thôn, bản, tiểu khu, tổ dân phố", Figures::hamlets),
            Indicator.count("Thôn, bản, tiểu khu, tổ dân phố có nhóm", Figures::hamletsWithGroups),
            Indicator.percent("Tỉ lệ thôn, bản có nhóm (%)", Figures::coveragePercent),
            Indicator.count("Nhóm liên gia tự quản", Figures::groups),
            Indicator.count("Hộ gia đình", Figures::households),
            Indicator.count("Hộ tham gia nhóm", Figures::memberHouseholds),
            Indicator.count("Tin báo về an ninh, trật tự", Figures::tips),
            Indicator.count("Vụ việc, đối tượng bị bắt giữ từ tin báo", Figures::arrestsOrCases),
            Indicator.count("Vụ việc hòa giải tiếp nhận", Figures::mediationsReceived),
            Indicator.count("Vụ việc hòa giải kết thúc", Figures::mediationsClosed),
            Indicator.count("Hòa giải thành", Figures::mediationsReconciled),
            Indicator.percent("Tỉ lệ hòa giải thành (%)", Figures::mediationSuccessPercent),
            Indicator.count("Buổi họp nhóm", Figures::meetings),
            Indicator.count("Nhóm quá hạn họp", Figures::overdueGroups),
            Indicator.count("Người sau cai nghiện, chấp hành án được giúp đỡ", Figures::peopleFollowed),
            Indicator.count("Lượt nhóm được xếp loại", Figures::groupsRated),
            Indicator.count("Lượt nhóm xếp loại tốt trở lên", Figures::groupsRatedGood),
            Indicator.percent("Tỉ lệ nhóm tốt trở lên (%)", Figures::groupsRatedGoodPercent),
            Indicator.count("Lượt hộ được bình xét", Figures::householdsRated),
            Indicator.count("Gia đình văn hóa", Figures::culturalFamilies),
            Indicator.percent("Tỉ lệ gia đình văn hóa (%)", Figures::culturalFamiliesPercent),
            Indicator.count("Lượt xã được đánh giá an toàn về ANTT", Figures::communesAssessed),
            Indicator.count("Lượt xã đạt chuẩn an toàn về ANTT", Figures::communesMeetingStandard),
            Indicator.percent("Tỉ lệ xã đạt chuẩn an toàn về ANTT (%)", Figures::communesMeetingStandardPercent),
            Indicator.count("Địa bàn trọng điểm, phức tạp về ANTT", Figures::keyAreas),
            Indicator.count("Địa bàn trọng điểm đã chuyển hóa", Figures::keyAreasTransformed),
            Indicator.count("Tập thể, cá nhân được khen thưởng", Figures::recognitions),
            Indicator.count("Quỹ nhóm: thành viên đóng góp (đồng)", Figures::fundContributions),
            Indicator.count("Quỹ nhóm: hỗ trợ nhận được (đồng)", Figures::fundSupport),
            Indicator.count("Quỹ nhóm: đã chi (đồng)", Figures::fundExpenses),
            Indicator.count("Quỹ nhóm: số dư cuối kỳ (đồng)", Figures::fundBalance));

    private static final Map<MediationOutcome, String> MEDIATION_OUTCOMES = Map.of(
            MediationOutcome.RECONCILED, "Hòa giải thành", MediationOutcome.NOT_RECONCILED, "Hòa giải không thành",
            MediationOutcome.ESCALATED, "Chuyển lên cấp trên", MediationOutcome.WITHDRAWN, "Rút yêu cầu");

    @Inject
    DashboardService dashboards;

    /** A workbook to send and the name to save it under. */
    public record File(StreamingOutput body, String name) {
    }

    /** Reads the figures now, so a refused or bad request is still a problem response, then writes the file. */
    public File report(Long unitId, LocalDate from, LocalDate to) {
        Dashboard dashboard = dashboards.of(unitId, from, to);
        return new File(out -> write(dashboard, out),
                "bao-cao-lgtq-" + dashboard.unit().code() + "-" + dashboard.from() + "-" + dashboard.to() + ".xlsx");
    }

    private static void write(Dashboard d, java.io.OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "LGTQ", "1.0");
        summary(workbook.newWorksheet("Tổng hợp"), d);
        units(workbook.newWorksheet("Theo đơn vị"), d.children());
        monthly(workbook.newWorksheet("Theo tháng"), d.monthly());
        yearly(workbook.newWorksheet("Theo năm"), d.yearly());
        tips(workbook.newWorksheet("Tin báo, hòa giải"), d);
        workbook.finish();
    }

    private static void summary(Worksheet sheet, Dashboard d) {
        sheet.value(0, 0, "BÁO CÁO KẾT QUẢ MÔ HÌNH NHÓM LIÊN GIA TỰ QUẢN VỀ AN NINH, TRẬT TỰ");
        sheet.style(0, 0).bold().fontSize(13).set();
        sheet.value(1, 0, "Đơn vị: " + d.unit().name());
        sheet.value(2, 0, "Kỳ báo cáo: từ " + DAY.format(d.from()) + " đến " + DAY.format(d.to())
                + "; kỳ trước: từ " + DAY.format(d.previousFrom()) + " đến " + DAY.format(d.previousTo()));
        header(sheet, 4, "Chỉ tiêu", "Kỳ này", "Kỳ trước", "Thay đổi");
        int r = 5;
        for (Indicator indicator : INDICATORS) {
            Number now = indicator.value().apply(d.figures());
            Number before = indicator.value().apply(d.previous());
            sheet.value(r, 0, indicator.label());
            number(sheet, r, 1, now, indicator.percent());
            number(sheet, r, 2, before, indicator.percent());
            if (now != null && before != null) {
                number(sheet, r, 3, change(now, before, indicator.percent()), indicator.percent());
            }
            r++;
        }
        sheet.width(0, 55);
        for (int c = 1; c <= 3; c++) {
            sheet.width(c, 16);
        }
    }

    /** Percentages change by points, rounded like them; counts by whole numbers. */
    static Number change(Number now, Number before, boolean percent) {
        if (percent) {
            return Math.round((now.doubleValue() - before.doubleValue()) * 10) / 10.0;
        }
        return now.longValue() - before.longValue();
    }

    private static void units(Worksheet sheet, List<Row> rows) {
        String[] head = new String[INDICATORS.size() + 1];
        head[0] = "Đơn vị";
        for (int i = 0; i < INDICATORS.size(); i++) {
            head[i + 1] = INDICATORS.get(i).label();
        }
        header(sheet, 0, head);
        int r = 1;
        for (Row row : rows) {
            sheet.value(r, 0, row.unit().name());
            for (int i = 0; i < INDICATORS.size(); i++) {
                Indicator indicator = INDICATORS.get(i);
                number(sheet, r, i + 1, indicator.value().apply(row.figures()), indicator.percent());
            }
            r++;
        }
        sheet.width(0, 32);
        sheet.freezePane(1, 1);
    }

    private static void monthly(Worksheet sheet, List<Month> months) {
        header(sheet, 0, "Tháng", "Tin báo", "Vụ việc, bắt giữ", "Hòa giải kết thúc", "Hòa giải thành", "Buổi họp nhóm");
        int r = 1;
        for (Month m : months) {
            sheet.value(r, 0, m.month());
            sheet.value(r, 1, m.tips());
            sheet.value(r, 2, m.arrestsOrCases());
            sheet.value(r, 3, m.mediationsClosed());
            sheet.value(r, 4, m.mediationsReconciled());
            sheet.value(r, 5, m.meetings());
            r++;
        }
    }

    private static void yearly(Worksheet sheet, List<Year> years) {
        header(sheet, 0, "Năm", "Nhóm được xếp loại", "Tốt trở lên", "Tỉ lệ tốt trở lên (%)", "Hộ được bình xét",
                "Gia đình văn hóa", "Tỉ lệ gia đình văn hóa (%)", "Xã được đánh giá", "Xã đạt chuẩn ANTT",
                "Tỉ lệ xã đạt chuẩn (%)", "Khen thưởng");
        int r = 1;
        for (Year y : years) {
            sheet.value(r, 0, y.year());
            sheet.value(r, 1, y.groupsRated());
            sheet.value(r, 2, y.groupsRatedGood());
            number(sheet, r, 3, y.groupsRatedGoodPercent(), true);
            sheet.value(r, 4, y.householdsRated());
            sheet.value(r, 5, y.culturalFamilies());
            number(sheet, r, 6, y.culturalFamiliesPercent(), true);
            sheet.value(r, 7, y.communesAssessed());
            sheet.value(r, 8, y.communesMeetingStandard());
            number(sheet, r, 9, y.communesMeetingStandardPercent(), true);
            sheet.value(r, 10, y.recognitions());
            r++;
        }
    }

    private static void tips(Worksheet sheet, Dashboard d) {
        int r = 0;
        r = counts(sheet, r, "Tin báo theo lĩnh vực", d.tipsByCategory(), k -> TipCategory.valueOf(k).label);
        r = counts(sheet, r + 1, "Tin báo theo trạng thái", d.tipsByStatus(), k -> TipStatus.valueOf(k).label);
        r = counts(sheet, r + 1, "Tin báo đã đóng theo kết quả", d.tipsByOutcome(), k -> TipOutcome.valueOf(k).label);
        counts(sheet, r + 1, "Hòa giải kết thúc theo kết quả", d.mediationsByOutcome(),
                k -> MEDIATION_OUTCOMES.get(MediationOutcome.valueOf(k)));
        sheet.width(0, 40);
    }

    private static int counts(Worksheet sheet, int r, String title, Map<String, Long> counts,
            Function<String, String> label) {
        header(sheet, r, title, "Số lượng");
        int row = r + 1;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            sheet.value(row, 0, label.apply(entry.getKey()));
            sheet.value(row, 1, entry.getValue());
            row++;
        }
        return row;
    }

    private static void header(Worksheet sheet, int r, String... labels) {
        for (int c = 0; c < labels.length; c++) {
            sheet.value(r, c, labels[c]);
        }
        sheet.range(r, 0, r, labels.length - 1).style().bold().fillColor(HEADER_FILL).wrapText(true).set();
    }

    private static void number(Worksheet sheet, int r, int c, Number value, boolean percent) {
        if (value == null) {
            return;
        }
        sheet.value(r, c, value);
        sheet.style(r, c).format(percent ? "0.0" : "#,##0").set();
    }
}
