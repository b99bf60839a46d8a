package vn.lgtq.tip;

/** Who reported it: the logged-in user, a named informant, someone anonymous, or a citizen on the public page. */
public enum TipSource {
    SELF("Người gửi tin trực tiếp biết"),
    INFORMANT("Người cung cấp tin (ghi tên)"),
    ANONYMOUS("Người giấu tên"),
    CITIZEN("Người dân qua trang công khai");

    /** The Vietnamese name, as the web app shows it and the export writes it. */
    public final String label;

    TipSource(String label) {
        this.label = label;
    }
}
