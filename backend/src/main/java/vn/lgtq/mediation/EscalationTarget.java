package vn.lgtq.mediation;

/** Where a case the group could not settle goes next. */
public enum EscalationTarget {
    COMMUNE_POLICE, COMMUNE_PEOPLES_COMMITTEE, COURT
}
