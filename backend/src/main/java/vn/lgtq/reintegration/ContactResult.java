package vn.lgtq.reintegration;

public enum ContactResult {
    MET, NOT_MET, REFUSED
}
