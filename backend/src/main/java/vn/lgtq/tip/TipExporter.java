package vn.lgtq.tip;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.jpa.HibernateHints;
import vn.lgtq.audit.AuditLog;
import vn.lgtq.download.Downloads;
import vn.lgtq.error.ProblemException;
import vn.lgtq.security.CallerScope;
import vn.lgtq.tip.TipDtos.Summary;

/**
 * The officers' file of tips: the list's scope and filter, newest first, as CSV. It carries what the list shows and
 * the results count, never the informant, and not the description either (it may name people). Every export is
 * audited.
 */
@ApplicationScoped
public class TipExporter {
    /** At most this many tips, the newest, in one file. */
    public static final int MAX_ROWS = 50_000;
    static final List<String> HEADER = List.of("Mã tin báo", "Ngày nhận", "Thời điểm xảy ra", "Thôn/tổ dân phố",
            "Đơn vị thụ lý", "Lĩnh vực", "Trạng thái", "Kết quả", "Nguồn tin", "Cán bộ được giao", "Số vụ/bắt giữ",
            "Quá hạn");

    private static final int CHUNK = 1000;
    private static final Sort NEWEST_FIRST = Sort.descending("createdAt", "id");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Year first, so that Excel reads it as a date whatever the computer's regional settings. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    TipService tips;

    @Inject
    TipViews views;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    /**
     * The rows are read and the export audited now, while a problem can still be the response; the file is
     * written from memory afterwards, without the database.
     */
    @Transactional
    public StreamingOutput export(TipFilter filter) {
        if (!caller.isOfficer()) {
            throw ProblemException.forbidden("Chỉ cán bộ công an được xuất danh sách tin báo.");
        }
        List<Tip> found = tips.query(filter, NEWEST_FIRST).withHint(HibernateHints.HINT_READ_ONLY, true)
                .range(0, MAX_ROWS - 1).list();
        List<List<Object>> rows = new ArrayList<>(found.size());
        for (int from = 0; from < found.size(); from += CHUNK) {
            List<Tip> chunk = found.subList(from, Math.min(found.size(), from + CHUNK));
            List<Summary> summaries = views.summaries(chunk, caller.username());
            for (int i = 0; i < chunk.size(); i++) {
                rows.add(row(summaries.get(i), chunk.get(i)));
            }
        }
        audit.record("EXPORT", "tip", 0, describe(filter, rows.size()));
        return out -> {
            CSVPrinter csv = Downloads.csv(out);
            csv.printRecord(HEADER);
            for (List<Object> row : rows) {
                Downloads.printSafe(csv, row);
            }
            csv.flush();
        };
    }

    private static List<Object> row(Summary summary, Tip tip) {
        return Arrays.asList(summary.id(), time(summary.createdAt()), time(summary.occurredAt()),
                summary.hamletName(), summary.primaryUnitName(), summary.category().label, summary.status().label,
                summary.outcome() == null ? null : summary.outcome().label, summary.source().label,
                summary.assignee(), tip.arrestsOrCases,
                summary.overdue() ? "Có" : "Không");
    }

    private static String time(OffsetDateTime time) {
        return time == null ? null : TIME.format(time.atZoneSameInstant(VIETNAM));
    }

    /** "unitId=12 status=NEW rows=340": what was exported, for the audit trail. */
    private static String describe(TipFilter filter, int rows) {
        StringJoiner text = new StringJoiner(" ");
        if (filter.unitId != null) {
            text.add("unitId=" + filter.unitId);
        }
        if (filter.status != null) {
            text.add("status=" + filter.status);
        }
        if (filter.category != null) {
            text.add("category=" + filter.category);
        }
        if (filter.overdue != null) {
            text.add("overdue=" + filter.overdue);
        }
        if (filter.assignee != null && !filter.assignee.isBlank()) {
            text.add("assignee=" + filter.assignee.trim());
        }
        text.add("rows=" + rows + (rows == MAX_ROWS ? " (capped)" : ""));
        return text.toString();
    }
}
