package vn.lgtq.household.transfer;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import org.postgresql.copy.CopyIn;

/** Rows for a PostgreSQL COPY ... FROM STDIN in text format, sent in 64 KB chunks. */
final class CopyRows {
    private static final int CHUNK = 64 * 1024;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private boolean first = true;
    private long rows;

    CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    CopyRows text(String value) {
        separator();
        if (value == null) {
            buffer.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        return this;
    }

    CopyRows number(Number value) {
        separator();
        buffer.append(value == null ? "\\N" : value.toString());
        return this;
    }

    CopyRows date(LocalDate value) {
        separator();
        buffer.append(value == null ? "\\N" : value.toString());
        return this;
    }

    void endRow() throws SQLException {
        buffer.append('\n');
        first = true;
        rows++;
        if (buffer.length() >= CHUNK) {
            send();
        }
    }

    /** Ends the COPY; the number of rows sent. */
    long end() throws SQLException {
        send();
        copy.endCopy();
        return rows;
    }

    /** Abandons the COPY so that the connection can roll back. */
    void cancel() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the transaction is rolled back anyway
        }
    }

    private void separator() {
        if (!first) {
            buffer.append('\t');
        }
        first = false;
    }

    private void send() throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }
}
