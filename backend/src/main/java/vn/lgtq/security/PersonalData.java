package vn.lgtq.security;

import java.util.Set;

/**
 * Which kinds of personal data each role may see, decided here and nowhere else (Law 91/2025/QH15, Decree
 * 356/2025/NĐ-CP: only what the role needs). Services ask {@link CallerScope#sees(PersonalData)}; response fields
 * marked {@link Personal} are also left out by the JSON writer for callers whose roles lack the kind, so a service
 * that forgets cannot leak them. Which record a caller may open at all is the services' unit scope.
 */
public enum PersonalData {
    /** Names, addresses, birth dates of household members and parties; leader and staff accounts. */
    NAMES(Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.HAMLET_LEADER,
            Roles.GROUP_LEADER),
    /** Phone and citizen ID numbers of households and their people: the police and the hamlet's leader. */
    CONTACT_NUMBERS(Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.HAMLET_LEADER),
    /** A reintegration case's category, history, identity numbers and contact notes: police officers only. */
    REINTEGRATION_RECORD(Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER),
    /** Who reported a tip: police officers, and only through the audited reveal. */
    INFORMANT(Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER);

    private final Set<String> roles;

    PersonalData(String... roles) {
        this.roles = Set.of(roles);
    }

    public boolean visibleTo(Set<String> callerRoles) {
        return callerRoles.stream().anyMatch(roles::contains);
    }

    public Set<String> roles() {
        return roles;
    }
}
