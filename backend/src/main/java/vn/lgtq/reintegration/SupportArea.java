package vn.lgtq.reintegration;

public enum SupportArea {
    WORK, HEALTH, FAMILY, STUDY
}
