package vn.lgtq.reintegration;

public enum ContactMethod {
    VISIT, PHONE, MEETING, OTHER
}
