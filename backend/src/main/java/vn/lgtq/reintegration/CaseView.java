package vn.lgtq.reintegration;

/** FULL for the officers in scope (and break-glass holders); REDUCED for the responsible group and hamlet leaders. */
public enum CaseView {
    FULL, REDUCED
}
