package vn.lgtq.security;

/** Keycloak realm roles. */
public final class Roles {
    /** The Ministry of Public Security (Bộ Công an): compares the provinces, reads aggregates only. */
    public static final String NATIONAL_OFFICER = "national-officer";
    public static final String PROVINCE_OFFICER = "province-officer";
    public static final String DISTRICT_OFFICER = "district-officer";
    public static final String COMMUNE_OFFICER = "commune-officer";
    public static final String HAMLET_LEADER = "hamlet-leader";
    public static final String GROUP_LEADER = "group-leader";
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
