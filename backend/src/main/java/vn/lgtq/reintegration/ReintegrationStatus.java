package vn.lgtq.reintegration;

public enum ReintegrationStatus {
    ACTIVE, COMPLETED, RELAPSED, MOVED_AWAY, DECEASED
}
