package vn.lgtq.reintegration;

import jakarta.ws.rs.QueryParam;

public class ReintegrationFilter {
    /** Any unit in scope: cases followed by the communes below it. */
    @QueryParam("unitId")
    public Long unitId;

    @QueryParam("groupId")
    public Long groupId;

    @QueryParam("status")
    public ReintegrationStatus status;

    /** Only active cases whose next contact is past due. */
    @QueryParam("contactOverdue")
    public Boolean contactOverdue;

    /** Exact citizen ID (12 digits), matched by its keyed hash; officers only. */
    @QueryParam("citizenId")
    public String citizenId;
}
