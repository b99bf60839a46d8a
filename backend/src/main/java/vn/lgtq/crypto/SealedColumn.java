package vn.lgtq.crypto;

import java.util.function.Function;

/**
 * A column of sealed values, for the key rotation: its table and column, the box its values are sealed with, and
 * optionally a blind index column recomputed from the opened value (under the current index key).
 */
public record SealedColumn(String table, String column, SealedBox box, String indexColumn,
        Function<byte[], byte[]> index) {
    public static SealedColumn of(String table, String column, SealedBox box) {
        return new SealedColumn(table, column, box, null, null);
    }

    public SealedBox.Place place(long rowId) {
        return new SealedBox.Place(table, column, rowId);
    }

    @Override
    public String toString() {
        return table + "." + column;
    }
}
