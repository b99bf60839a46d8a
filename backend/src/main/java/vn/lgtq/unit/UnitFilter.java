package vn.lgtq.unit;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** Filters of unit lists; every list is further limited to the caller's scope. */
public class UnitFilter {
    /** Words of the name or the code, matched without accents or case. */
    @QueryParam("q")
    public String q;

    @QueryParam("type")
    public UnitType type;

    @QueryParam("parentId")
    public Long parentId;

    /** Only units valid on this day (YYYY-MM-DD); today when absent. */
    @QueryParam("date")
    @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{lgtq.date.pattern}")
    public String date;

    public LocalDate day() {
        LocalDate day;
        try {
            day = date == null ? LocalDate.now() : LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            throw vn.lgtq.error.ProblemException.invalid("date", "Ngày không tồn tại: " + date);
        }
        String problem = vn.lgtq.error.InputRules.dateProblem(day);
        if (problem != null) {
            throw vn.lgtq.error.ProblemException.invalid("date", "Ngày không hợp lệ: " + problem + ".");
        }
        return day;
    }
}
