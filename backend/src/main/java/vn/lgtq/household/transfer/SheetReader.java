package vn.lgtq.household.transfer;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/** Reads the rows of the first sheet of a file one at a time, never the whole file at once. */
interface SheetReader extends Closeable {
    /**
     * One row as the user sees it: its number in the spreadsheet (1 = first line) and its cells' text.
     * {@code numeric[i]} tells that cell i was a number in a workbook (leading zeros lost, dates as serials).
     */
    record Row(int number, String[] cells, boolean[] numeric) {
        String cell(int index) {
            return index >= 0 && index < cells.length ? cells[index] : "";
        }

        boolean isNumeric(int index) {
            return index >= 0 && index < numeric.length && numeric[index];
        }

        boolean isBlank() {
            for (String cell : cells) {
                if (!cell.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The next row, or null after the last one. */
    Row next() throws IOException;

    /** The day a workbook's date serial number stands for. */
    LocalDate dateOfSerial(long serial);

    /** A workbook is refused (as unreadable) past {@code maxRows} rows or {@code maxUncompressed} inflated bytes. */
    static SheetReader open(FileFormat format, Path file, int maxRows, long maxUncompressed) throws IOException {
        return format == FileFormat.XLSX ? new XlsxSheetReader(file, maxRows, maxUncompressed)
                : new CsvSheetReader(file);
    }

    /** The file cannot be read as a spreadsheet at all (not UTF-8, a broken workbook): the user's to fix. */
    class UnreadableFileException extends IOException {
        UnreadableFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
