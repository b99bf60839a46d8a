package vn.lgtq.tip;

import jakarta.ws.rs.QueryParam;

public class TipFilter {
    /** Any unit in scope: tips handled by (or copied to) the units below it. */
    @QueryParam("unitId")
    public Long unitId;

    @QueryParam("status")
    public TipStatus status;

    @QueryParam("category")
    public TipCategory category;

    /** Only tips still new after the triage time. */
    @QueryParam("overdue")
    public Boolean overdue;

    /** Only tips assigned to this username. */
    @QueryParam("assignee")
    public String assignee;
}
