package vn.lgtq.household.transfer;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lgtq.household.transfer.ImportFiles.csv;
import static vn.lgtq.household.transfer.ImportFiles.importCsv;
import static vn.lgtq.household.transfer.ImportFiles.officer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestHouseholds;
import vn.lgtq.testing.TestRegisters;
import vn.lgtq.testing.TestUnits;

/** The import template and exports: formats, personal columns by role, and export → import round trips. */
@QuarkusTest
class HouseholdFileTest {
    private static final String XLSX = FileFormat.XLSX_TYPE;

    long hamlet;

    @jakarta.inject.Inject
    DataSource dataSource;

    @BeforeEach
    void freshHamletWithAGroup() {
        hamlet = TestUnits.hamlet(TestUnits.current(ImportFiles.COMMUNE), "Bản Xuất Tệp").getLong("id");
        TestHouseholds.group(officer(), hamlet, 1);
    }

    @Test
    void theTemplateDownloadsInBothFormatsAndImportsAsItIs() throws IOException {
        byte[] template = Callers.hamlet().get("/api/v1/households/import-template").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"mau-nhap-ho-gia-dinh.csv\""))
                .extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(template, 3));
        List<List<String>> rows = csvRows(template);
        assertEquals(List.of(ImportFiles.HEADER.split(",")), rows.get(0));
        assertEquals(3, rows.size());
        assertEquals(List.of("HK001", "HK001"), List.of(rows.get(1).get(0), rows.get(2).get(0)));
        assertEquals(List.of("Chủ hộ", "Con"), List.of(rows.get(1).get(5), rows.get(2).get(5)));

        byte[] workbook = officer().queryParam("format", "xlsx").get("/api/v1/households/import-template")
                .then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", equalTo("attachment; filename=\"mau-nhap-ho-gia-dinh.xlsx\""))
                .extract().asByteArray();
        List<List<String>> sheet = xlsxRows(workbook);
        assertEquals(rows, sheet);

        JsonPath fromCsv = importCsv(hamlet, template);
        assertEquals(List.of("DONE", 1, 2), List.of(fromCsv.getString("status"), fromCsv.getInt("householdsCreated"),
                fromCsv.getInt("peopleImported")));
        JsonPath fromXlsx = ImportFiles.await(ImportFiles.upload(officer(), hamlet, "mau.xlsx", workbook, XLSX)
                .statusCode(202).extract().jsonPath().getString("id"));
        assertEquals(List.of("DONE", 1), List.of(fromXlsx.getString("status"), fromXlsx.getInt("householdsUpdated")));

        Callers.commune().queryParam("format", "pdf").get("/api/v1/households/import-template").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        RestAssured.given().get("/api/v1/households/import-template").then().statusCode(401);
    }

    @Test
    void anExportOfAHamletImportsBackUnchanged() throws IOException {
        importCsv(hamlet, csv(
                "E1,Số 5 đường Lê Lợi,0987654321,1,Mùa A Páo,Chủ hộ,02/09/1975,Nam,014075001234",
                "E1,,,,Giàng Thị Mai,Vợ/chồng,1978,Nữ,",
                "E2,\"Bản Hua Tát, Mai Sơn\",,,Mùa A Sử,Chủ hộ,,,",
                "E3,,,1,Lò Thị Xuân,Chủ hộ,1990,Khác,"));
        for (String format : List.of("csv", "xlsx")) {
            byte[] export = export(officer(), format);
            List<List<String>> rows = rows(format, export);
            assertEquals(List.of("Mã thôn/tổ", "Thôn/tổ", "Mã hộ*"), rows.get(0).subList(0, 3));
            assertEquals(5, rows.size(), "a header and one row per person");
            assertEquals(List.of("E1", "Số 5 đường Lê Lợi", "0987654321", "1", "Mùa A Páo", "Chủ hộ", "02/09/1975",
                    "Nam", "014075001234"), rows.get(1).subList(2, 11));

            JsonPath again = ImportFiles.await(ImportFiles.upload(officer(), hamlet, "xuat." + format, export,
                    format.equals("csv") ? "text/csv" : XLSX).statusCode(202).extract().jsonPath().getString("id"));
            assertEquals(List.of("DONE", 0, 3, 4), List.of(again.getString("status"),
                    again.getInt("householdsCreated"), again.getInt("householdsUpdated"), again.getInt("peopleImported")),
                    again.prettify());
            assertEquals(rows, rows(format, export(officer(), format)), "the data came back unchanged");
        }
    }

    @Test
    void personalColumnsAreLeftOutForGroupLeadersAndOtherSystemsGetNone() throws IOException {
        importCsv(hamlet, csv("P1,,0912345678,1,Lò Văn Pọm,Chủ hộ,1980,Nam,014080001234"));
        List<String> withPersonal = csvRows(export(officer(), "csv")).get(0);
        assertTrue(withPersonal.contains("Số điện thoại") && withPersonal.contains("Số CCCD"));

        // Other agencies' systems export no households at all.
        Callers.integration().queryParam("format", "csv").queryParam("unitId", hamlet).get("/api/v1/households/export")
                .then().statusCode(403).contentType("application/problem+json");

        // The group leader of Tiểu khu 20 exports its own group's households, without personal columns.
        List<List<String>> own = xlsxRows(Callers.group().queryParam("format", "xlsx")
                .get("/api/v1/households/export").then().statusCode(200).extract().asByteArray());
        assertEquals(List.of("Mã thôn/tổ", "Thôn/tổ", "Mã hộ*", "Địa chỉ", "Nhóm số", "Họ và tên*",
                "Quan hệ với chủ hộ*", "Ngày sinh (dd/mm/yyyy) hoặc năm sinh", "Giới tính"), own.get(0));
        assertTrue(own.size() > 1 && own.stream().skip(1).allMatch(r -> r.get(0).equals("04105-TK20")));

        Callers.commune2().queryParam("unitId", hamlet).get("/api/v1/households/export").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreNeutralisedAndExportsAreAudited() throws Exception {
        importCsv(hamlet, csv("F1,\"=HYPERLINK(\"\"http://x.example\"\",\"\"bấm\"\")\",+84912345678,1,"
                + "Lò Văn Pọm,Chủ hộ,1980,Nam,", "F2,@SUM(1+1),,,Lò Thị Xuân,Chủ hộ,,,", "F3,-2+3,,,Mùa A Sử,Chủ hộ,,,"));
        long audited = TestRegisters.audits(dataSource, "EXPORT", "household", 0);
        List<List<String>> rows = csvRows(export(officer(), "csv"));
        assertEquals(audited + 1, TestRegisters.audits(dataSource, "EXPORT", "household", 0), "the export is audited");
        List<String> addresses = rows.stream().skip(1).map(r -> r.get(3)).toList();
        assertEquals(List.of("'=HYPERLINK(\"http://x.example\",\"bấm\")", "'@SUM(1+1)", "'-2+3"), addresses);
        // The workbook keeps the text as it is: an inline string cell is never a formula.
        assertEquals("@SUM(1+1)", xlsxRows(export(officer(), "xlsx")).get(2).get(3));

        // Our own export imports back unchanged: the reader takes the apostrophe off again.
        JsonPath again = ImportFiles.await(ImportFiles.upload(officer(), hamlet, "xuat.csv", export(officer(), "csv"),
                "text/csv").statusCode(202).extract().jsonPath().getString("id"));
        assertEquals("DONE", again.getString("status"), again.prettify());
        assertEquals(rows, csvRows(export(officer(), "csv")));
    }

    private byte[] export(RequestSpecification caller, String format) {
        return caller.queryParam("format", format).queryParam("unitId", hamlet).get("/api/v1/households/export")
                .then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment; filename=\"ho-gia-dinh-"))
                .extract().asByteArray();
    }

    private static List<List<String>> rows(String format, byte[] content) throws IOException {
        return format.equals("csv") ? csvRows(content) : xlsxRows(content);
    }

    private static List<List<String>> csvRows(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "UTF-8 with BOM");
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            rows.add(record.toList());
        }
        return rows;
    }

    /** The workbook's rows as text, read with the importer's own reader. */
    private static List<List<String>> xlsxRows(byte[] content) throws IOException {
        Path file = Files.createTempFile("export-", ".xlsx");
        try {
            Files.write(file, content);
            List<List<String>> rows = new ArrayList<>();
            try (SheetReader reader = SheetReader.open(FileFormat.XLSX, file, 1_000_000, 1L << 30)) {
                int width = 0;
                for (SheetReader.Row row = reader.next(); row != null; row = reader.next()) {
                    width = Math.max(width, row.cells().length);
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < width; i++) {
                        cells.add(row.cell(i));
                    }
                    rows.add(cells);
                }
            }
            return rows;
        } finally {
            Files.delete(file);
        }
    }
}
