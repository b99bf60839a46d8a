package vn.lgtq.error;

import jakarta.ws.rs.core.Response.Status;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The one registry of what a database constraint means to the caller: constraint name → problem kind and a
 * Vietnamese message that names what is duplicated or wrong. The database stays the last guard (concurrent
 * writers, checks the services did not make); whatever it refuses is answered here, not in each service.
 */
public final class Constraints {
    private record Meaning(Status status, String kind, String detail) {
    }

    private static final String RETRY = " Có thể có người vừa lưu cùng lúc; hãy tải lại rồi thử lại.";

    private static final Map<String, Meaning> MEANINGS = Map.ofEntries(
            // Unique constraints and indexes (db/migration V1–V7)
            conflict("unit_code_unique_per_day", "duplicate-code",
                    "Mã đơn vị này đã được một đơn vị khác dùng trong cùng thời gian hiệu lực."),
            conflict("unit_predecessor_pkey", "duplicate-predecessor", "Đơn vị này đã được ghi là đơn vị tiền thân."),
            conflict("reference_dataset_pkey", "duplicate-dataset", "Bộ dữ liệu tham chiếu này đã được nạp."),
            conflict("household_code_unique_in_hamlet", "duplicate-household-code",
                    "Mã hộ này đã có trong thôn, tổ dân phố này."),
            conflict("group_number_unique_in_hamlet", "duplicate-group-number",
                    "Thôn, tổ dân phố này đã có nhóm mang số này."),
            conflict("membership_one_active_per_household", "duplicate-membership",
                    "Hộ này đã đang ở một nhóm." + RETRY),
            conflict("tip_tracking_code_hash_key", "duplicate-tracking-code",
                    "Mã tra cứu tin báo trùng với một mã đã cấp; hãy gửi lại."),
            conflict("tip_copy_pkey", "duplicate-tip-copy", "Tin báo đã được gửi tới đơn vị này."),
            conflict("tip_read_pkey", "duplicate-tip-read", "Đã ghi nhận người này đọc tin báo." + RETRY),
            // The rate limiter counts with ON CONFLICT, so this one is never refused; listed for completeness.
            conflict("rate_limit_pkey", "duplicate-rate-limit", "Bộ đếm giới hạn yêu cầu đã có." + RETRY),
            // The summary tables are written by triggers with ON CONFLICT, so these are never refused either.
            conflict("hamlet_row_count_pkey", "duplicate-row-count", "Bộ đếm số dòng của thôn đã có." + RETRY),
            conflict("hamlet_cultural_year_pkey", "duplicate-cultural-year",
                    "Bộ đếm gia đình văn hóa của thôn trong năm đã có." + RETRY),
            conflict("hamlet_month_pkey", "duplicate-hamlet-month", "Bộ đếm của thôn trong tháng đã có." + RETRY),
            conflict("commune_month_pkey", "duplicate-commune-month", "Bộ đếm của xã trong tháng đã có." + RETRY),
            conflict("hamlet_group_rating_year_pkey", "duplicate-group-rating-year",
                    "Bộ đếm xếp loại nhóm của thôn trong năm đã có." + RETRY),
            conflict("hamlet_coverage_pkey", "duplicate-hamlet-coverage", "Bộ đếm độ bao phủ của thôn đã có." + RETRY),
            // No operation creates a country (migration V14 made the one there is).
            conflict("unit_one_country", "duplicate-country", "Quốc gia đã có."),
            conflict("reintegration_helper_pkey", "duplicate-helper", "Hộ này đã được ghi là hộ giúp đỡ của trường hợp này."),
            conflict("group_meeting_one_per_day", "duplicate-meeting", "Nhóm đã có biên bản họp trong ngày này."),
            conflict("group_meeting_attendance_pkey", "duplicate-attendance",
                    "Một hộ được ghi dự họp hai lần trong cùng biên bản."),
            conflict("household_commitment_one_per_year", "duplicate-commitment",
                    "Hộ đã có bản cam kết của năm này." + RETRY),
            conflict("group_rating_once_a_year", "duplicate-group-rating",
                    "Nhóm đã được xếp loại trong năm này." + RETRY),
            conflict("cultural_rating_once_a_year", "duplicate-cultural-rating",
                    "Hộ đã được đánh giá gia đình văn hóa trong năm này." + RETRY),
            conflict("safety_standard_once_a_year", "duplicate-safety-standard",
                    "Xã, phường đã có kết quả đánh giá an toàn về an ninh, trật tự trong năm này." + RETRY),
            // Check constraints the services may not have checked first
            invalid("unit_validity_order", "Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực."),
            invalid("membership_dates_order", "Ngày rời nhóm phải từ ngày vào nhóm trở đi."),
            invalid("mediation_closed_after_received", "Ngày kết thúc phải từ ngày tiếp nhận trở đi."),
            invalid("patrol_ends_after_start", "Giờ kết thúc tuần tra phải sau giờ bắt đầu."),
            invalid("key_area_transformed_after_listed", "Ngày chuyển hóa phải từ ngày đưa vào danh sách trở đi."),
            invalid("recognition_names_a_group_or_person", "Khen thưởng phải nêu một nhóm hoặc một người."));

    private Constraints() {
    }

    private static Map.Entry<String, Meaning> conflict(String name, String kind, String detail) {
        return Map.entry(name, new Meaning(Status.CONFLICT, kind, detail));
    }

    private static Map.Entry<String, Meaning> invalid(String name, String detail) {
        return Map.entry(name, new Meaning(Status.BAD_REQUEST, "validation", detail));
    }

    /** Whether the registry knows this constraint (a test checks every constraint of the schema is in it). */
    public static boolean known(String constraintName) {
        return MEANINGS.containsKey(constraintName);
    }

    /**
     * The problem a database refusal somewhere in this exception's causes means to the caller; empty when the
     * failure is not the input's or a concurrent writer's doing (then it is a 500).
     */
    public static Optional<Problem> problemFor(Throwable failure) {
        String constraint = null;
        String sqlState = null;
        String message = "";
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof StaleStateException || cause instanceof jakarta.persistence.OptimisticLockException) {
                return Optional.of(ProblemMappers.staleVersion());
            }
            if (cause instanceof ConstraintViolationException violation && constraint == null) {
                constraint = violation.getConstraintName();
            }
            if (cause instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                ServerErrorMessage server = psql.getServerErrorMessage();
                constraint = constraint != null ? constraint : server.getConstraint();
                message = server.getMessage() == null ? "" : server.getMessage();
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sqlState == null) {
                sqlState = sql.getSQLState();
            }
        }
        if (sqlState == null) {
            return Optional.empty();
        }
        Meaning meaning = constraint == null ? null : MEANINGS.get(constraint);
        if (meaning != null) {
            return Optional.of(Problem.of(meaning.status(), meaning.kind(), meaning.detail()));
        }
        return Optional.ofNullable(bySqlState(sqlState, message));
    }

    private static Problem bySqlState(String sqlState, String message) {
        return switch (sqlState) {
            case "23505", "23P01" -> Problem.of(Status.CONFLICT, "duplicate", "Dữ liệu trùng với một bản ghi đã có.");
            case "23503" -> message.startsWith("update or delete")
                    ? Problem.of(Status.CONFLICT, "in-use", "Bản ghi đang được dữ liệu khác tham chiếu nên không xóa, sửa được.")
                    : Problem.of(Status.BAD_REQUEST, "validation", "Dữ liệu tham chiếu tới một bản ghi không tồn tại.");
            case "23514", "23502" -> Problem.of(Status.BAD_REQUEST, "validation",
                    "Dữ liệu gửi lên không thỏa các điều kiện hợp lệ.");
            case "40001", "40P01", "55P03" -> Problem.of(Status.CONFLICT, "concurrent-change",
                    "Có thao tác khác đang sửa cùng dữ liệu; hãy thử lại.");
            default -> sqlState.startsWith("22") // data exceptions: bad characters, values out of range
                    ? Problem.of(Status.BAD_REQUEST, "validation",
                            "Dữ liệu gửi lên có ký tự, số hoặc ngày tháng ngoài phạm vi cho phép.")
                    : null;
        };
    }
}
