package vn.lgtq.household.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.TestUnits;

/**
 * `make bench`: imports a generated file of 300,000 households (about 1.1 million people) into a fresh hamlet
 * through the real importer on the embedded PostgreSQL, a few times, and prints the median; then re-imports it
 * once (every household updated) and exports it through HTTP in both formats. Run only by the Maven profile
 * `bench`, never by `make test`.
 */
@QuarkusTest
class HouseholdImportBench {
    private static final int HOUSEHOLDS = Integer.getInteger("bench.households", 300_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final int GROUPS = 999;

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lò", "Cầm", "Quàng", "Tòng", "Hà", "Đinh", "Mùa", "Giàng"};
    private static final String[] MALE_MIDDLE = {"Văn", "Đức", "Minh", "Hữu", "Quang", "Công", "Xuân", "Thành"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim", "Hồng", "Bích"};
    private static final String[] MALE_GIVEN = {"An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hùng",
        "Khánh", "Long", "Nam", "Phúc", "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Vinh", "Páo", "Sử"};
    private static final String[] FEMALE_GIVEN = {"Anh", "Châu", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan",
        "Linh", "Mai", "Ngân", "Nhung", "Phương", "Quỳnh", "Thảo", "Trang", "Uyên", "Xuân", "Yến", "Ánh"};
    private static final String[] STREETS = {"Tô Hiệu", "Chu Văn Thịnh", "Lê Lợi", "Trần Đăng Ninh", "Hoàng Quốc Việt",
        "Nguyễn Lương Bằng", "Điện Biên", "Lò Văn Giá", "30/4", "Trường Chinh"};
    private static final String[] PROVINCES = {"001", "014", "011", "012", "010", "015", "017", "019", "022", "024"};

    @Inject
    HouseholdImporter importer;

    @Inject
    DataSource dataSource;

    @Test
    void importThreeHundredThousandHouseholds() throws IOException, SQLException {
        Path file = Path.of("target", "bench", "households-" + HOUSEHOLDS + ".csv");
        int rows = generate(file);
        double megabytes = Files.size(file) / 1024.0 / 1024.0;
        System.out.printf(Locale.ROOT, "%nbench: %s, %d households, %d person rows, %.1f MB%n", file, HOUSEHOLDS, rows,
                megabytes);

        List<Double> seconds = new ArrayList<>();
        long lastHamlet = 0;
        String lastCode = null;
        for (int run = 1; run <= RUNS; run++) {
            var hamlet = TestUnits.hamlet(TestUnits.current(ImportFiles.COMMUNE), "Bản Đo Tốc Độ " + run);
            lastHamlet = hamlet.getLong("id");
            lastCode = hamlet.getString("code");
            addGroups(lastHamlet);
            HouseholdImporter.Result result = timed(lastHamlet, lastCode, file, seconds);
            assertEquals(ImportStatus.DONE, result.status());
            assertEquals(HOUSEHOLDS, result.created());
            System.out.printf(Locale.ROOT, "bench: run %d: %.2f s (reading and checking %.2f s, writing %.2f s)%n",
                    run, seconds.get(seconds.size() - 1), result.readMillis() / 1000.0, result.writeMillis() / 1000.0);
        }
        List<Double> sorted = new ArrayList<>(seconds);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        System.out.printf(Locale.ROOT, "bench: median of %d runs: %.2f s, %.0f rows/s, %.0f households/s%n", RUNS,
                median, rows / median, HOUSEHOLDS / median);

        List<Double> again = new ArrayList<>();
        HouseholdImporter.Result update = timed(lastHamlet, lastCode, file, again);
        assertEquals(HOUSEHOLDS, update.updated());
        System.out.printf(Locale.ROOT, "bench: re-import of the same file (every household updated): %.2f s%n",
                again.get(0));

        for (String format : List.of("csv", "xlsx")) {
            long start = System.nanoTime();
            long bytes = export(lastHamlet, format);
            System.out.printf(Locale.ROOT, "bench: export of the hamlet as %s: %.2f s, %.1f MB%n", format,
                    (System.nanoTime() - start) / 1e9, bytes / 1024.0 / 1024.0);
        }
        System.out.println();
    }

    /** Downloads an export through HTTP as the commune officer; the number of bytes. */
    private static long export(long hamletId, String format) throws IOException {
        URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/households/export?format="
                + format + "&unitId=" + hamletId);
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + ImportFiles.officerToken())
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            try (InputStream body = response.body()) {
                return body.transferTo(OutputStream.nullOutputStream());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HouseholdImporter.Result timed(long hamletId, String hamletCode, Path file, List<Double> seconds)
            throws SQLException {
        UUID job = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO household_import (id, hamlet_id, actor, file_name, status) VALUES (?, ?, 'bench', ?,"
                        + " 'QUEUED')")) {
            insert.setObject(1, job);
            insert.setLong(2, hamletId);
            insert.setString(3, file.getFileName().toString());
            insert.executeUpdate();
        }
        long start = System.nanoTime();
        HouseholdImporter.Result result = importer.run(new HouseholdImporter.Request(job, hamletId, hamletCode, file,
                FileFormat.CSV, file.getFileName().toString(), "bench", "commune-officer", ImportFiles.COMMUNE));
        seconds.add((System.nanoTime() - start) / 1e9);
        return result;
    }

    private void addGroups(long hamletId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO lgtq_group (hamlet_id, number, name, search_name, status)
                SELECT ?, n, 'Nhóm LGTQ số ' || n, 'nhom lgtq so ' || n, 'ACTIVE' FROM generate_series(1, ?) n""")) {
            insert.setLong(1, hamletId);
            insert.setInt(2, GROUPS);
            insert.executeUpdate();
        }
    }

    /**
     * A deterministic file: households of 1 to 6 people (a head, a spouse, children, sometimes a parent or a
     * grandchild), the household's address, phone and group on the head's row only, full birth dates or years,
     * and valid CCCD numbers for most adults. Returns the number of person rows.
     */
    static int generate(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Random random = new Random(20260101L);
        int rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(ImportFiles.HEADER);
            out.write("\r\n");
            int[] sizes = {1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 6};
            for (int h = 0; h < HOUSEHOLDS; h++) {
                String code = String.format(Locale.ROOT, "HK%06d", h + 1);
                String family = pick(random, FAMILY);
                int people = sizes[random.nextInt(sizes.length)];
                int headYear = 1945 + random.nextInt(50);
                boolean headMale = random.nextInt(10) < 7;
                for (int p = 0; p < people; p++) {
                    String relation;
                    int year;
                    boolean male;
                    if (p == 0) {
                        relation = "Chủ hộ";
                        year = headYear;
                        male = headMale;
                    } else if (p == 1 && people > 2) {
                        relation = "Vợ/chồng";
                        year = headYear + random.nextInt(7) - 2;
                        male = !headMale;
                    } else if (p == people - 1 && people >= 5) {
                        relation = headYear > 1975 ? "Bố/mẹ" : "Cháu";
                        year = headYear > 1975 ? headYear - 25 - random.nextInt(8) : Math.min(2024, headYear + 45
                                + random.nextInt(10));
                        male = random.nextBoolean();
                    } else {
                        relation = "Con";
                        year = Math.min(2024, headYear + 20 + random.nextInt(15));
                        male = random.nextBoolean();
                    }
                    String name = family + " " + pick(random, male ? MALE_MIDDLE : FEMALE_MIDDLE) + " "
                            + pick(random, male ? MALE_GIVEN : FEMALE_GIVEN);
                    String birth = random.nextInt(3) == 0 ? Integer.toString(year) : String.format(Locale.ROOT,
                            "%02d/%02d/%d", 1 + random.nextInt(28), 1 + random.nextInt(12), year);
                    String citizenId = year <= 2010 && random.nextInt(10) < 8 ? String.format(Locale.ROOT,
                            "%s%d%02d%06d", pick(random, PROVINCES), (year >= 2000 ? 2 : 0) + (male ? 0 : 1),
                            year % 100, random.nextInt(1_000_000)) : "";
                    StringBuilder line = new StringBuilder(160).append(code).append(',');
                    if (p == 0) {
                        line.append("\"Số ").append(1 + random.nextInt(300)).append(", đường ")
                                .append(pick(random, STREETS)).append("\",");
                        line.append(random.nextInt(10) < 8 ? String.format(Locale.ROOT, "09%08d",
                                random.nextInt(100_000_000)) : "").append(',');
                        line.append(h / (HOUSEHOLDS / GROUPS + 1) + 1).append(',');
                    } else {
                        line.append(",,,");
                    }
                    line.append(name).append(',').append(relation).append(',').append(birth).append(',')
                            .append(male ? "Nam" : "Nữ").append(',').append(citizenId).append("\r\n");
                    out.append(line);
                    rows++;
                }
            }
        }
        return rows;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
