package vn.lgtq.household;

import jakarta.ws.rs.QueryParam;

/** Filters of household lists and exports; every list is further limited to the caller's scope. */
public class HouseholdFilter {
    /** Any unit in scope: households of the hamlets below it. */
    @QueryParam("unitId")
    public Long unitId;

    /** Households currently in this group. */
    @QueryParam("groupId")
    public Long groupId;

    /** Only households in no active group. */
    @QueryParam("withoutGroup")
    public Boolean withoutGroup;

    /** Words of the code, the head's name or the address, matched without accents or case. */
    @QueryParam("q")
    public String q;

    public static HouseholdFilter ofGroup(long groupId) {
        HouseholdFilter filter = new HouseholdFilter();
        filter.groupId = groupId;
        return filter;
    }
}
