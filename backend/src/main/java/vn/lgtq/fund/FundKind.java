package vn.lgtq.fund;

/** Money in from the members, money out, and support received (money, or equipment at its value). */
public enum FundKind {
    CONTRIBUTION, EXPENSE, SUPPORT
}
