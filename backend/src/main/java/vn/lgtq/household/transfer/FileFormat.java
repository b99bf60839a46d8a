package vn.lgtq.household.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import vn.lgtq.download.Downloads;

/** The two spreadsheet formats households travel in. */
public enum FileFormat {
    CSV("csv", Downloads.CSV_UTF8),
    XLSX("xlsx", FileFormat.XLSX_TYPE);

    public static final String CSV_TYPE = Downloads.CSV_TYPE;
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public final String extension;
    public final String mediaType;

    FileFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** "csv" or "xlsx" (any case); CSV when absent. */
    public static FileFormat ofParameter(String value) {
        return value == null || value.isBlank() ? CSV : valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * What an uploaded file is: a ZIP container is a workbook; otherwise a .csv/.txt name (or no extension and a
     * text media type) makes it CSV. Anything else (an old binary .xls, a PDF, an image) is not readable here.
     */
    public static Optional<FileFormat> detect(Path file, String fileName, String mediaType) throws IOException {
        byte[] head = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Optional.of(XLSX);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        boolean textType = type.startsWith("text/") || type.contains("csv");
        return !name.contains(".") && textType ? Optional.of(CSV) : Optional.empty();
    }
}
