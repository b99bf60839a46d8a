package vn.lgtq.household.transfer;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lgtq.household.transfer.ImportFiles.csv;
import static vn.lgtq.household.transfer.ImportFiles.importCsv;
import static vn.lgtq.household.transfer.ImportFiles.officer;
import static vn.lgtq.household.transfer.ImportFiles.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestHouseholds;
import vn.lgtq.testing.TestUnits;

/** Household files uploaded into a hamlet: validation report, one-transaction import, re-import, groups. */
@QuarkusTest
class HouseholdImportTest {
    @Inject
    DataSource dataSource;

    long commune;
    long hamlet;
    String hamletCode;

    @BeforeEach
    void freshHamlet() {
        commune = TestUnits.current(ImportFiles.COMMUNE);
        JsonPath created = TestUnits.hamlet(commune, "Bản Nhập Tệp");
        hamlet = created.getLong("id");
        hamletCode = created.getString("code");
    }

    @Test
    void aWorkbookOfTooManyRowsIsRefusedWithNothingImported() throws Exception {
        // 100,001 households in about 1 MB: the file size passes, the row cap does not.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Sheet1");
        List<String> header = Arrays.asList(ImportFiles.HEADER.split(","));
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        for (int r = 1; r <= 100_001; r++) {
            sheet.value(r, 0, "B" + r);
            sheet.value(r, 4, "Lò Văn Bom");
            sheet.value(r, 5, "Chủ hộ");
            if (r % 10_000 == 0) {
                sheet.flush();
            }
        }
        workbook.finish();
        assertThat(out.size(), lessThan(5 * 1024 * 1024));
        JsonPath job = ImportFiles.await(upload(officer(), hamlet, "bom.xlsx", out.toByteArray(), ImportFiles.XLSX)
                .statusCode(202).extract().jsonPath().getString("id"));
        assertEquals("REJECTED", job.getString("status"));
        assertThat(job.getString("errors[0].message"), containsString("hơn 100.000 dòng"));
        assertEquals(0, households());
    }

    @Test
    void aWorkbookThatInflatesPastTheCapIsRefusedWhateverItsEntriesDeclare() throws Exception {
        // A 250 MB sheet of blanks deflates to a few hundred kB; the count is of bytes inflated, not declared.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] blanks = new byte[1 << 20];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 250; i++) {
                zip.write(blanks);
            }
            zip.closeEntry();
        }
        assertThat(out.size(), lessThan(1024 * 1024));
        JsonPath job = ImportFiles.await(upload(officer(), hamlet, "bom.xlsx", out.toByteArray(), ImportFiles.XLSX)
                .statusCode(202).extract().jsonPath().getString("id"));
        assertEquals("REJECTED", job.getString("status"));
        assertThat(job.getString("errors[0].message"), containsString("lớn hơn 200 MB"));
        assertEquals(0, households());
    }

    private long households() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
                "SELECT count(*) FROM household WHERE hamlet_id = ?")) {
            query.setLong(1, hamlet);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void everyBadRowIsReportedAndNothingIsWrittenUntilTheFileIsClean() throws SQLException {
        long groupOne = TestHouseholds.group(officer(), hamlet, 1).getLong("id");
        JsonPath rejected = importCsv(hamlet, csv(
                "HK1,Số 1 Bản A,0912345678,,Lò Văn Minh,Chủ hộ,15/03/1980,Nam,014080001234",
                "HK1,Số 2 Bản A,,,Lò Thị Hoa,Vợ/chồng,1982,Nữ,",
                "HK1,,0912,,Lò Văn Nam,Con,30/02/2010,Nam,",
                "HK2,,,,,Chủ hộ,1970,Nam,",
                "HK2,,,,Cầm Văn Tú,Chủ hộ,1972,Nam,",
                "HK3,,,,Quàng Thị Lan,Con,2001,Nữ,",
                "HK4,,,7,Tòng Văn Ba,chủ hộ,1965,Nam,014070001234",
                "HK4,,,,Tòng Văn Bốn,Ông,1940,Nam,"));
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals(9, rejected.getInt("errorCount"));
        assertEquals(List.of(3, 4, 4, 5, 6, 7, 8, 8, 9), rejected.getList("errors.row"));
        assertEquals(List.of("Địa chỉ", "Số điện thoại", "Ngày sinh (dd/mm/yyyy) hoặc năm sinh", "Họ và tên",
                "Quan hệ với chủ hộ", "Quan hệ với chủ hộ", "Nhóm số", "Số CCCD", "Quan hệ với chủ hộ"),
                rejected.getList("errors.column"));
        assertEquals(8, rejected.getInt("totalRows"));
        officer().queryParam("unitId", hamlet).get("/api/v1/households").then().statusCode(200)
                .body("total", equalTo(0));

        byte[] fixed = csv(
                "HK1,Số 1 Bản A,0912 345 678,1,Lò Văn Minh,Chủ hộ,15/03/1980,Nam,014080001234",
                "HK1,,,,Lò Thị Hoa,Vợ/chồng,1982,Nữ,",
                "HK1,,,,Lò Văn Nam,Con,28/02/2010,Nam,",
                "HK2,,,,Cầm Văn Tú,Chủ hộ,1972,Nam,",
                "HK3,,,,Quàng Thị Lan,CHU HO,2001,nu,",
                "HK4,,,,Tòng Văn Ba,chủ hộ,1965,Nam,014065001234",
                "HK4,,,,Tòng Văn Bốn,Bố/mẹ,1940,Nam,");
        JsonPath done = importCsv(hamlet, fixed);
        assertEquals("DONE", done.getString("status"), done.prettify());
        assertEquals(List.of(4, 0, 7, 0, 7), List.of(done.getInt("householdsCreated"), done.getInt("householdsUpdated"),
                done.getInt("peopleImported"), done.getInt("errorCount"), done.getInt("processedRows")));

        Map<String, Object> hk1 = household("HK1");
        assertEquals("Lò Văn Minh", hk1.get("headName"));
        assertEquals("0912345678", hk1.get("phone"));
        assertEquals((int) groupOne, hk1.get("groupId"));
        JsonPath detail = officer().get("/api/v1/households/" + hk1.get("id")).then().statusCode(200)
                .body("people.fullName", contains("Lò Văn Minh", "Lò Thị Hoa", "Lò Văn Nam"))
                .body("people.relation", contains("HEAD", "SPOUSE", "CHILD"))
                .body("people[0].birthDate", equalTo("1980-03-15")).body("people[0].citizenId", equalTo("014080001234"))
                .body("people[1].birthYear", equalTo(1982)).body("people[1].gender", equalTo("FEMALE"))
                .extract().jsonPath();
        officer().queryParam("unitId", hamlet).queryParam("q", "lo van minh").get("/api/v1/households").then()
                .body("items.code", contains("HK1"));
        assertEquals(1, auditRows(done.getString("id")));

        // The same file again updates the four households: no duplicates, the people keep their ids.
        JsonPath again = importCsv(hamlet, fixed);
        assertEquals(List.of("DONE", 0, 4), List.of(again.getString("status"), again.getInt("householdsCreated"),
                again.getInt("householdsUpdated")));
        officer().queryParam("unitId", hamlet).get("/api/v1/households").then().body("total", equalTo(4));
        officer().get("/api/v1/households/" + hk1.get("id")).then()
                .body("people.id", equalTo(detail.getList("people.id")))
                .body("version", equalTo(detail.getInt("version") + 1));
    }

    @Test
    void peopleAreReplacedKeepingTheIdsOfThoseWhoseNameComesBack() {
        importCsv(hamlet, csv(
                "H-7,Bản Mới,,,Hà Văn Một,Chủ hộ,1970,Nam,",
                "H-7,,,,Hà Thị Hai,Vợ/chồng,1972,Nữ,",
                "H-7,,,,Hà Văn Ba,Con,2000,Nam,"));
        Map<String, Object> before = household("H-7");
        List<Integer> ids = officer().get("/api/v1/households/" + before.get("id")).then()
                .extract().jsonPath().getList("people.id");

        // Ba moved out, Bốn was born, and the family's head is now Hai.
        JsonPath done = importCsv(hamlet, csv(
                "H-7,Bản Mới,,,Hà Thị Hai,Chủ hộ,1972,Nữ,",
                "H-7,,,,Hà Văn Một,Vợ/chồng,1970,Nam,",
                "H-7,,,,Hà Văn Bốn,Con,2024,Nam,"));
        assertEquals("DONE", done.getString("status"));
        JsonPath after = officer().get("/api/v1/households/" + before.get("id")).then().statusCode(200)
                .body("headName", equalTo("Hà Thị Hai"))
                .body("people.fullName", contains("Hà Thị Hai", "Hà Văn Một", "Hà Văn Bốn"))
                .extract().jsonPath();
        assertEquals(List.of(ids.get(1), ids.get(0)), after.getList("people.id").subList(0, 2));
        officer().queryParam("unitId", hamlet).queryParam("q", "ha thi hai").get("/api/v1/households")
                .then().body("items.code", contains("H-7"));
    }

    @Test
    void theGroupNumberMovesTheHouseholdIntoThatGroup() {
        long one = TestHouseholds.group(officer(), hamlet, 1).getLong("id");
        long two = TestHouseholds.group(officer(), hamlet, 2).getLong("id");
        importCsv(hamlet, csv("G1,,,1,Sầm Văn Đức,Chủ hộ,1980,Nam,"));
        assertEquals((int) one, household("G1").get("groupId"));

        String dayBefore = LocalDate.now().toString(); // the import may cross midnight
        assertEquals("DONE", importCsv(hamlet, csv("G1,,,2,Sầm Văn Đức,Chủ hộ,1980,Nam,")).getString("status"));
        Object id = household("G1").get("id");
        officer().get("/api/v1/households/" + id).then().body("groupId", equalTo((int) two))
                .body("memberships", hasSize(2))
                .body("memberships[0].groupId", equalTo((int) two))
                .body("memberships[1].leftOn", anyOf(equalTo(dayBefore), equalTo(LocalDate.now().toString())));

        // No group number: the membership stays as it is; the same number: nothing changes either.
        importCsv(hamlet, csv("G1,,,,Sầm Văn Đức,Chủ hộ,1980,Nam,"));
        importCsv(hamlet, csv("G1,,,2,Sầm Văn Đức,Chủ hộ,1980,Nam,"));
        officer().get("/api/v1/households/" + id).then().body("groupId", equalTo((int) two))
                .body("memberships", hasSize(2));
    }

    @Test
    void columnsAreFoundByTheirHeaderInAnyOrderAndAMissingOneIsOneError() {
        byte[] reordered = ("Họ và tên,ma ho,QUAN HỆ,Năm sinh\n"
                + "Lường Văn Chiến,R1,Chủ hộ,1990\n").getBytes(StandardCharsets.UTF_8);
        JsonPath done = importCsv(hamlet, reordered);
        assertEquals(List.of("DONE", 1, 1), List.of(done.getString("status"), done.getInt("householdsCreated"),
                done.getInt("peopleImported")));

        byte[] missing = ("Mã hộ;Họ và tên;Giới tính\nR2;Lường Thị Dung;Nữ\nR2;Lường Văn E;Nam\n")
                .getBytes(StandardCharsets.UTF_8);
        JsonPath rejected = importCsv(hamlet, missing);
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals(1, rejected.getInt("errorCount"));
        assertEquals(1, rejected.getInt("errors[0].row"));
        assertEquals("Quan hệ với chủ hộ", rejected.getString("errors[0].column"));
    }

    @Test
    void anXlsxWorkbookImportsWithNumberAndDateCells() {
        byte[] workbook = ImportFiles.xlsx(List.of(
                List.of("Mã hộ*", "Địa chỉ", "Số điện thoại", "Nhóm số", "Họ và tên*", "Quan hệ với chủ hộ*",
                        "Ngày sinh (dd/mm/yyyy) hoặc năm sinh", "Giới tính", "Số CCCD"),
                Arrays.asList("X1", "Tổ 3", 912345678, null, "Đinh Văn Giáp", "Chủ hộ",
                        LocalDate.of(1980, 3, 15), "Nam", 14080001234L),
                Arrays.asList("X1", null, null, null, "Đinh Thị Ất", "Con", 2010, "Nữ", null)));
        JsonPath job = ImportFiles.await(upload(Callers.as("leader", hamletCode, "hamlet-leader"), hamlet, "ho.xlsx",
                workbook, FileFormat.XLSX_TYPE).statusCode(202).extract().jsonPath().getString("id"));
        assertEquals("DONE", job.getString("status"), job.prettify());
        officer().get("/api/v1/households/" + household("X1").get("id")).then()
                .body("phone", equalTo("0912345678"))
                .body("people[0].birthDate", equalTo("1980-03-15"))
                .body("people[0].citizenId", equalTo("014080001234"))
                .body("people[1].birthYear", equalTo(2010));
    }

    @Test
    void onlyWritersInScopeMayImportAndSeeTheJob() {
        byte[] file = csv("S1,,,,Lò Văn Sáng,Chủ hộ,1980,Nam,");
        upload(Callers.group(), hamlet, "a.csv", file, "text/csv").statusCode(403)
                .contentType("application/problem+json");
        upload(Callers.integration(), hamlet, "a.csv", file, "text/csv").statusCode(403);
        upload(Callers.commune2(), hamlet, "a.csv", file, "text/csv").statusCode(404)
                .contentType("application/problem+json");
        upload(Callers.commune(), hamlet, "a.csv", file, "text/csv").statusCode(404);
        upload(officer(), commune, "a.csv", file, "text/csv").statusCode(404); // a commune, not a hamlet
        RestAssured.given().multiPart("file", "a.csv", file, "text/csv")
                .post("/api/v1/hamlets/" + hamlet + "/household-imports").then().statusCode(401);

        String id = upload(officer(), hamlet, "a.csv", file, "text/csv").statusCode(202)
                .header("Location", containsString("/api/v1/household-imports/"))
                .body("fileName", equalTo("a.csv")).body("hamletId", equalTo((int) hamlet))
                .extract().jsonPath().getString("id");
        ImportFiles.await(id);
        Callers.province().get("/api/v1/household-imports/" + id).then().statusCode(200);
        Callers.commune2().get("/api/v1/household-imports/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        officer().get("/api/v1/household-imports/not-a-uuid").then().statusCode(404);
    }

    @Test
    void filesOfAnotherKindOrTooLargeAreRefusedAtOnce() {
        upload(officer(), hamlet, "ho.pdf", "%PDF-1.7".getBytes(), "application/pdf").statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lgtq:problem:unsupported-file-type"));
        upload(officer(), hamlet, "ho.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
                "application/vnd.ms-excel").statusCode(415);
        HttpResponse<String> tooLarge = ImportFiles.uploadLarge(ImportFiles.officerToken(),
                hamlet, new byte[50 * 1024 * 1024 + 1]);
        assertEquals(413, tooLarge.statusCode());
        assertEquals("application/problem+json", tooLarge.headers().firstValue("Content-Type").orElseThrow());
        assertThat(tooLarge.body(), containsString("urn:lgtq:problem:file-too-large"));
        officer().contentType("multipart/form-data").multiPart("other", "x")
                .post("/api/v1/hamlets/" + hamlet + "/household-imports").then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void aFileThatIsNotUtf8IsRejectedWithAHint() {
        byte[] latin1 = ("Mã hộ,Họ và tên,Quan hệ\nK1,Lò Văn Án,Chủ hộ\n").getBytes(StandardCharsets.ISO_8859_1);
        JsonPath job = importCsv(hamlet, latin1);
        assertEquals("REJECTED", job.getString("status"));
        assertEquals(1, job.getInt("errorCount"));
        assertThat(job.getString("errors[0].message"), startsWith("Tệp CSV phải"));
    }

    private Map<String, Object> household(String code) {
        List<Map<String, Object>> items = officer().queryParam("unitId", hamlet).queryParam("q", code)
                .get("/api/v1/households").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(h -> code.equals(h.get("code"))).findFirst()
                .orElseThrow(() -> new AssertionError("no household " + code));
    }

    private int auditRows(String jobId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT count(*) FROM audit_event WHERE entity_type = 'household_import' AND entity_id = ?"
                        + " AND action = 'IMPORT' AND actor = 'chiengcoi'")) {
            select.setString(1, jobId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
