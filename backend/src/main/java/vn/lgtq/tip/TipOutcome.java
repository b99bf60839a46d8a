package vn.lgtq.tip;

public enum TipOutcome {
    CONFIRMED("Đúng sự thật"),
    UNFOUNDED("Không có cơ sở"),
    DUPLICATE("Trùng tin báo khác"),
    PRANK("Báo tin giả, quấy rối");

    /** The Vietnamese name, as the web app shows it and the export writes it. */
    public final String label;

    TipOutcome(String label) {
        this.label = label;
    }
}
