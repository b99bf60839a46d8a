package vn.lgtq.tip;

public enum TipCategory {
    DRUGS("Ma túy"),
    THEFT_ROBBERY("Trộm cắp, cướp giật"),
    GAMBLING("Cờ bạc"),
    FIGHTING_DISORDER("Đánh nhau, gây rối trật tự"),
    SUSPICIOUS_PEOPLE("Người lạ, đối tượng khả nghi"),
    WEAPONS_EXPLOSIVES("Vũ khí, vật liệu nổ"),
    DOMESTIC_VIOLENCE("Bạo lực gia đình"),
    HUMAN_TRAFFICKING("Mua bán người"),
    ILLEGAL_BORDER_CROSSING("Xuất nhập cảnh trái phép"),
    FRAUD_ONLINE_SCAM("Lừa đảo, lừa đảo qua mạng"),
    TRAFFIC("Giao thông"),
    FIRE("Cháy, nổ"),
    OTHER("Khác");

    /** The Vietnamese name, as the web app shows it and the export writes it. */
    public final String label;

    TipCategory(String label) {
        this.label = label;
    }
}
