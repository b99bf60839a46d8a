package vn.lgtq.security;

/** Keycloak realm roles. */
public final class Roles {
    public static final String PROVINCE_OFFICER = "province-officer";
    public static final String DISTRICT_OFFICER = "district-officer";
    public static final String COMMUNE_OFFICER = "commune-officer";
    public static final String HAMLET_LEADER = "hamlet-leader";
    public static final String GROUP_LEADER = "group-leader";
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
