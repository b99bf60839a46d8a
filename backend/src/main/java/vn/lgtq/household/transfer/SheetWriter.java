package vn.lgtq.household.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.lgtq.download.Downloads;

/** Writes a household file row by row straight to the response, in either format. */
abstract class SheetWriter {
    /** Writes the header row: the columns' headers. */
    abstract void header(List<HouseholdColumn> columns) throws IOException;

    /** One row; each value a String, an Integer or null, in the order of the header. */
    abstract void row(List<Object> values) throws IOException;

    /** Completes the file (the stream itself is the caller's). */
    abstract void finish() throws IOException;

    static SheetWriter of(FileFormat format, OutputStream out) throws IOException {
        return format == FileFormat.XLSX ? new Xlsx(out) : new Csv(out);
    }

    /** UTF-8 with a byte order mark, so that Excel shows Vietnamese right; CRLF line ends. */
    private static final class Csv extends SheetWriter {
        private final CSVPrinter printer;

        Csv(OutputStream out) throws IOException {
            printer = Downloads.csv(out);
        }

        @Override
        void header(List<HouseholdColumn> columns) throws IOException {
            printer.printRecord(columns.stream().map(c -> c.header).toList());
        }

        @Override
        void row(List<Object> values) throws IOException {
            Downloads.printSafe(printer, values);
        }

        @Override
        void finish() throws IOException {
            printer.flush();
        }
    }

    /**
     * A streamed workbook: rows are flushed as they are written; codes, phones, CCCD and dates are text. Past
     * Excel's limit of 1,048,576 rows a sheet, rows go on in another sheet under the same header.
     */
    private static final class Xlsx extends SheetWriter {
        private static final int FLUSH_EVERY = 1000;
        private static final int MAX_ROWS = 1_048_576;
        private static final String SHEET_NAME = "Hộ gia đình";

        private final Workbook workbook;
        private Worksheet sheet;
        private List<HouseholdColumn> columns;
        private int sheets;
        private int next;

        Xlsx(OutputStream out) {
            workbook = new Workbook(out, "LGTQ", "1.0");
        }

        @Override
        void header(List<HouseholdColumn> columns) {
            this.columns = columns;
            sheet = workbook.newWorksheet(++sheets == 1 ? SHEET_NAME : SHEET_NAME + " " + sheets);
            for (int c = 0; c < columns.size(); c++) {
                HouseholdColumn column = columns.get(c);
                sheet.inlineString(0, c, column.header);
                sheet.width(c, switch (column) {
                    case ADDRESS -> 36;
                    case FULL_NAME, HAMLET_NAME -> 26;
                    case BIRTH -> 22;
                    default -> Math.max(12, column.header.length() + 2);
                });
                if (column != HouseholdColumn.GROUP_NUMBER) {
                    sheet.style(c).format("@").set(); // typed numbers keep their leading zeros
                }
            }
            sheet.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("DDEBF7").set();
            sheet.freezePane(0, 1);
            next = 1;
        }

        @Override
        void row(List<Object> values) throws IOException {
            if (next == MAX_ROWS) {
                sheet.finish();
                header(columns);
            }
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof Number number) {
                    sheet.value(next, c, number);
                } else if (value != null) {
                    sheet.inlineString(next, c, value.toString());
                }
            }
            if (++next % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }

        @Override
        void finish() throws IOException {
            workbook.finish();
        }
    }
}
