package vn.lgtq.mediation;

import jakarta.ws.rs.QueryParam;

/** Filters of the case list; every list is further limited to the caller's scope. */
public class MediationFilter {
    /** Any unit in scope: the cases of the hamlets below it. */
    @QueryParam("unitId")
    public Long unitId;

    @QueryParam("groupId")
    public Long groupId;

    @QueryParam("status")
    public MediationStatus status;

    @QueryParam("outcome")
    public MediationOutcome outcome;

    @QueryParam("disputeType")
    public DisputeType disputeType;
}
