package vn.lgtq.household.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV in UTF-8 (with or without the byte order mark Excel writes), separated by commas, semicolons (Excel under
 * Vietnamese regional settings) or tabs, whichever the first line uses most. Row numbers count every record,
 * blank ones too, as a spreadsheet shows them.
 */
final class CsvSheetReader implements SheetReader {
    private static final String NOT_UTF8 =
            "Tệp CSV phải được lưu với mã hoá UTF-8 (trong Excel: Lưu thành \"CSV UTF-8\").";

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    CsvSheetReader(Path file) throws IOException {
        char delimiter = delimiter(file);
        Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get()
                    .parse(reader);
        } catch (IOException e) {
            reader.close();
            throw e instanceof CharacterCodingException ? new UnreadableFileException(NOT_UTF8, e) : e;
        }
        records = parser.iterator();
    }

    @Override
    public Row next() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            String[] cells = record.values();
            for (int i = 0; i < cells.length; i++) {
                cells[i] = unquoteFormula(cells[i]);
            }
            return new Row((int) record.getRecordNumber(), cells, new boolean[cells.length]);
        } catch (UncheckedIOException | IllegalStateException e) {
            // The file is local: a failure to read it is its content (bad encoding, a quote left open).
            throw e.getCause() instanceof CharacterCodingException ? new UnreadableFileException(NOT_UTF8, e)
                    : new UnreadableFileException("Tệp CSV sai cấu trúc gần dòng " + parser.getCurrentLineNumber()
                            + " (kiểm tra dấu ngoặc kép).", e);
        }
    }

    /** Undoes the apostrophe our own exports put before a cell that a spreadsheet would read as a formula. */
    static String unquoteFormula(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    @Override
    public LocalDate dateOfSerial(long serial) {
        throw new UnsupportedOperationException("CSV has no date serials");
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** The separator the first non-blank line uses most: comma, semicolon or tab. */
    private static char delimiter(Path file) throws IOException {
        byte[] head = new byte[64 * 1024];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean seen = false;
        for (int i = 0; i < read; i++) {
            byte b = head[i];
            if (b == '\n' && seen) {
                break;
            }
            seen |= b > ' ';
            commas += b == ',' ? 1 : 0;
            semicolons += b == ';' ? 1 : 0;
            tabs += b == '\t' ? 1 : 0;
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
