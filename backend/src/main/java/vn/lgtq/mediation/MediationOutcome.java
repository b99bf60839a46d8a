package vn.lgtq.mediation;

public enum MediationOutcome {
    RECONCILED, NOT_RECONCILED, ESCALATED, WITHDRAWN
}
