package vn.lgtq.tip;

public enum TipOutcome {
    CONFIRMED, UNFOUNDED, DUPLICATE, PRANK
}
