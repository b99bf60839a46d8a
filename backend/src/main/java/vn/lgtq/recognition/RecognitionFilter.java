package vn.lgtq.recognition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;

/** Filters of the recognition list; the list is further limited to the caller's scope. */
public class RecognitionFilter {
    /** Any unit in scope: recognitions of it and the units below it, and of the groups there. */
    @QueryParam("unitId")
    public Long unitId;

    @QueryParam("year")
    @Min(2000)
    @Max(2100)
    public Integer year;
}
