package vn.lgtq.tip;

import java.util.Set;

/** new → verifying → actioned → closed; a tip may also close straight from new or verifying. */
public enum TipStatus {
    NEW, VERIFYING, ACTIONED, CLOSED;

    public Set<TipStatus> next() {
        return switch (this) {
            case NEW -> Set.of(VERIFYING, CLOSED);
            case VERIFYING -> Set.of(ACTIONED, CLOSED);
            case ACTIONED -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }
}
