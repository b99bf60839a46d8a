package vn.lgtq.bulk;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for one {@code COPY table (columns) FROM STDIN} in text format, sent in chunks: what the household
 * import stages and the demo data generator loads. Times are written with the
 * +07:00 offset (Vietnam), so the session's time zone does not matter.
 */
public final class CopyWriter implements AutoCloseable {
    private static final int CHUNK = 256 * 1024;
    private static final HexFormat HEX = HexFormat.of();

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 8192);
    private boolean first = true;
    private long rows;
    private boolean done;

    public CopyWriter(Connection connection, String table, String columns) throws SQLException {
        copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
    }

    public CopyWriter text(String value) {
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

    public CopyWriter number(long value) {
        separator();
        buffer.append(value);
        return this;
    }

    /** A boxed whole number, or NULL. */
    public CopyWriter number(Number value) {
        return value == null ? nil() : number(value.longValue());
    }

    /** bytea, as hex: the text format's backslash is doubled. */
    public CopyWriter bytes(byte[] value) {
        if (value == null) {
            return nil();
        }
        separator();
        buffer.append("\\\\x").append(HEX.formatHex(value));
        return this;
    }

    public CopyWriter bool(boolean value) {
        separator();
        buffer.append(value ? 't' : 'f');
        return this;
    }

    public CopyWriter date(LocalDate value) {
        if (value == null) {
            return nil();
        }
        separator();
        appendDate(value);
        return this;
    }

    /** A time of day on a date in Vietnam, as minutes after midnight (may reach 24:00). */
    public CopyWriter time(LocalDate day, int minuteOfDay) {
        if (day == null) {
            return nil();
        }
        separator();
        LocalDate date = day.plusDays(minuteOfDay / 1440);
        int minutes = minuteOfDay % 1440;
        appendDate(date);
        buffer.append(' ');
        two(minutes / 60);
        buffer.append(':');
        two(minutes % 60);
        buffer.append(":00+07");
        return this;
    }

    public CopyWriter nil() {
        separator();
        buffer.append("\\N");
        return this;
    }

    public void endRow() throws SQLException {
        buffer.append('\n');
        first = true;
        rows++;
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    public long rows() {
        return rows;
    }

    /** Sends the rest and ends the COPY; returns the number of rows written. */
    public long finish() throws SQLException {
        flush();
        done = true;
        return copy.endCopy();
    }

    /** Abandons the COPY so that the connection can roll back; a failure to do so changes nothing. */
    public void cancel() {
        try {
            close();
        } catch (SQLException ignored) {
            // the transaction is rolled back anyway
        }
    }

    @Override
    public void close() throws SQLException {
        if (!done && copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void flush() throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }

    private void appendDate(LocalDate value) {
        buffer.append(value.getYear()).append('-');
        two(value.getMonthValue());
        buffer.append('-');
        two(value.getDayOfMonth());
    }

    private void two(int value) {
        if (value < 10) {
            buffer.append('0');
        }
        buffer.append(value);
    }

    private void separator() {
        if (!first) {
            buffer.append('\t');
        }
        first = false;
    }
}
