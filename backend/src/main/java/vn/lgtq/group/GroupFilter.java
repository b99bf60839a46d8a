package vn.lgtq.group;

import jakarta.ws.rs.QueryParam;

/** Filters of group lists; every list is further limited to the caller's scope. */
public class GroupFilter {
    /** Any unit in scope: the groups of the hamlets below it. */
    @QueryParam("unitId")
    public Long unitId;

    @QueryParam("status")
    public GroupStatus status;

    /** Words of the name, matched without accents or case. */
    @QueryParam("q")
    public String q;
}
