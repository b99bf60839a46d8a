package vn.lgtq.household.transfer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.io.InputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * The first sheet of an XLSX workbook, streamed row by row (only the shared strings are held in memory). A few MB
 * of workbook can inflate to gigabytes and millions of rows, so the inflated size and the rows are capped.
 */
final class XlsxSheetReader implements SheetReader {
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private final ReadableWorkbook workbook;
    private final Stream<org.dhatim.fastexcel.reader.Row> rows;
    private final Iterator<org.dhatim.fastexcel.reader.Row> iterator;
    private final int maxRows;
    private int rowsRead;

    XlsxSheetReader(Path file, int maxRows, long maxUncompressed) throws IOException {
        this.maxRows = maxRows;
        checkInflatedSize(file, maxUncompressed);
        try {
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false));
            rows = workbook.getFirstSheet().openStream();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("Không đọc được tệp Excel; hãy lưu lại dạng .xlsx rồi gửi lại.", e);
        }
        iterator = rows.iterator();
    }

    @Override
    public Row next() throws IOException {
        org.dhatim.fastexcel.reader.Row row;
        try {
            if (!iterator.hasNext()) {
                return null;
            }
            row = iterator.next();
        } catch (RuntimeException e) {
            throw new UnreadableFileException("Tệp Excel bị hỏng; hãy lưu lại dạng .xlsx rồi gửi lại.", e);
        }
        if (++rowsRead > maxRows) {
            throw new UnreadableFileException("Tệp Excel có hơn " + thousands(maxRows)
                    + " dòng; hãy chia thành nhiều tệp nhỏ hơn rồi nhập lần lượt.", null);
        }
        int count = row.getCellCount();
        String[] cells = new String[count];
        boolean[] numeric = new boolean[count];
        for (int i = 0; i < count; i++) {
            Cell cell = row.getCell(i);
            if (cell == null || cell.getRawValue() == null) {
                cells[i] = "";
            } else if (cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
                cells[i] = number(cell.getRawValue());
                numeric[i] = true;
            } else {
                cells[i] = cell.getRawValue();
            }
        }
        return new Row(row.getRowNum(), cells, numeric);
    }

    /**
     * Inflates every part once, counting the bytes that actually come out (the sizes a zip declares can lie), and
     * stops at the cap: a zip bomb costs at most {@code maxUncompressed} bytes of inflating, never memory.
     */
    private static void checkInflatedSize(Path file, long maxUncompressed) throws IOException {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > maxUncompressed) {
                            throw new UnreadableFileException("Tệp Excel khi giải nén lớn hơn "
                                    + thousands(maxUncompressed / (1024 * 1024))
                                    + " MB; hãy chia thành nhiều tệp nhỏ hơn rồi nhập lần lượt.", null);
                        }
                    }
                }
            }
        } catch (ZipException | RuntimeException e) {
            throw new UnreadableFileException("Không đọc được tệp Excel; hãy lưu lại dạng .xlsx rồi gửi lại.", e);
        }
    }

    /** 100000 → "100.000", as Vietnamese writes it. */
    private static String thousands(long value) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(value);
    }

    /** "3.0" → "3", "1.4080001234E10" → "14080001234". */
    private static String number(String raw) {
        try {
            return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    @Override
    public LocalDate dateOfSerial(long serial) {
        // The 1900 system counts a 29 February 1900 that never was; from 1 March 1900 on, 1899-12-30 + n is right.
        return workbook.isDate1904() ? EPOCH_1904.plusDays(serial) : EPOCH_1900.plusDays(serial);
    }

    @Override
    public void close() throws IOException {
        rows.close();
        workbook.close();
    }
}
