package vn.lgtq.download;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Files sent for download: CSV that Excel opens with Vietnamese intact, and the response that carries a file. */
public final class Downloads {
    public static final String CSV_TYPE = "text/csv";
    /** The media type a CSV download is sent with. */
    public static final String CSV_UTF8 = CSV_TYPE + "; charset=UTF-8";

    private Downloads() {
    }

    /**
     * A CSV printer writing to the stream: UTF-8 with a byte order mark, so that Excel shows Vietnamese right, and
     * CRLF line ends. Flush it when done; the stream itself stays the caller's.
     */
    public static CSVPrinter csv(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        return new CSVPrinter(writer, CSVFormat.EXCEL);
    }

    /**
     * A cell value safe to open in a spreadsheet (OWASP "CSV injection"): text starting with {@code = + - @}, a tab
     * or a carriage return would be read as a formula, so it gets a leading apostrophe, which Excel and
     * LibreOffice show as text. Numbers and null pass unchanged.
     */
    public static Object safeCell(Object value) {
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    /** Prints one CSV record, every cell through {@link #safeCell}. */
    public static void printSafe(CSVPrinter csv, Iterable<?> values) throws IOException {
        for (Object value : values) {
            csv.print(safeCell(value));
        }
        csv.println();
    }

    /** A 200 response that the browser saves as a file of this name. */
    public static Response attachment(StreamingOutput body, String mediaType, String fileName) {
        return Response.ok(body, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
