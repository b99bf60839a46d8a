package vn.lgtq.tip;

import java.util.Set;

/** new → verifying → actioned → closed; a tip may also close straight from new or verifying. */
public enum TipStatus {
    NEW("Mới"), VERIFYING("Đang xác minh"), ACTIONED("Đã xử lý"), CLOSED("Đã đóng");

    /** The Vietnamese name, as the web app shows it and the export writes it. */
    public final String label;

    TipStatus(String label) {
        this.label = label;
    }

    public Set<TipStatus> next() {
        return switch (this) {
            case NEW -> Set.of(VERIFYING, CLOSED);
            case VERIFYING -> Set.of(ACTIONED, CLOSED);
            case ACTIONED -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }
}
