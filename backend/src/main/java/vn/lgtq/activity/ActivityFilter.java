package vn.lgtq.activity;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** Filters of patrol and propaganda lists; every list is further limited to the caller's scope. */
public class ActivityFilter {
    /** Any unit in scope: the activities of the hamlets below it. */
    @QueryParam("unitId")
    public Long unitId;

    /** Only the activities of this group. */
    @QueryParam("groupId")
    public Long groupId;

    /** First day (inclusive). */
    @QueryParam("from")
    public LocalDate from;

    /** Last day (inclusive). */
    @QueryParam("to")
    public LocalDate to;
}
