package vn.lgtq.crypto;

import org.jboss.logging.Logger;
import vn.lgtq.error.Problem;
import vn.lgtq.error.ProblemException;

/** Opening a stored value for an answer: one that does not open is an incident to log, and a clean 500. */
public final class SealedValues {
    private static final Logger LOG = Logger.getLogger(SealedValues.class);

    private SealedValues() {
    }

    public static byte[] open(SealedBox box, byte[] stored, SealedBox.Place place) {
        try {
            return box.open(stored, place);
        } catch (SealedBox.UnreadableException e) {
            // Tampered with, copied from another row, or its key removed: say nothing of it to the caller.
            LOG.errorf("Sealed value does not open: %s", e.getMessage());
            throw ProblemException.of(new Problem(Problem.TYPE_PREFIX + "sealed-data-unreadable",
                    "Internal Server Error", 500,
                    "Dữ liệu mã hoá của bản ghi này không giải mã được; sự cố đã được ghi lại, hãy báo quản trị viên.",
                    null));
        }
    }
}
