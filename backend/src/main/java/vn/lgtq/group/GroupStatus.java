package vn.lgtq.group;

public enum GroupStatus {
    ACTIVE, MERGED, DISSOLVED
}
