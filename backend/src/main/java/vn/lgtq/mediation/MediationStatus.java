package vn.lgtq.mediation;

/** Open until closed with an outcome; a closed case takes no more sessions. */
public enum MediationStatus {
    OPEN, CLOSED
}
