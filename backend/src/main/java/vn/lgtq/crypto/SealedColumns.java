package vn.lgtq.crypto;

import java.util.List;

/** Implemented by each feature's cipher bean: the columns it seals, so that the rotation finds them all. */
public interface SealedColumns {
    List<SealedColumn> sealedColumns();
}
