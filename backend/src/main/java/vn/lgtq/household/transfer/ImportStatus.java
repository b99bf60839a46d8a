package vn.lgtq.household.transfer;

/** Where an import stands; REJECTED and FAILED imported nothing. */
public enum ImportStatus {
    QUEUED, VALIDATING, IMPORTING, DONE, REJECTED, FAILED;

    public boolean finished() {
        return this == DONE || this == REJECTED || this == FAILED;
    }
}
