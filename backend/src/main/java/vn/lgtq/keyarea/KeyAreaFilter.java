package vn.lgtq.keyarea;

import jakarta.ws.rs.QueryParam;

/** Filters of the key area list; the list is further limited to the caller's scope. */
public class KeyAreaFilter {
    /** Any unit in scope: the key areas of it and the units below it. */
    @QueryParam("unitId")
    public Long unitId;

    /** Only transformed (true) or only not yet transformed (false) areas. */
    @QueryParam("transformed")
    public Boolean transformed;
}
