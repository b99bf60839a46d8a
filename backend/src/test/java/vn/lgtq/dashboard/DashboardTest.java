package vn.lgtq.dashboard;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lgtq.reintegration.ReintegrationCipher;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestUnits;

/**
 * Every figure of the dashboard against a fixture counted by hand: xã Bình Thuận (03724), a commune no other test
 * uses, with three hamlets and records on both sides of the period 1 July 2025 – 30 June 2026 and of the period
 * before it (1 July 2024 – 30 June 2025). Records are written straight into the tables, with their past dates.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTest {
    private static final String COMMUNE = "03724";
    private static final String FROM = "2025-07-01";
    private static final String TO = "2026-06-30";

    @Inject
    DataSource dataSource;

    @Inject
    ReintegrationCipher cipher;

    private long commune;
    private long h1;
    private long h2;
    private long h3;

    private static RequestSpecification officer() {
        return Callers.as("binhthuan", COMMUNE, "commune-officer");
    }

    /** Made once, by the first test that runs (REST Assured knows the test port only once a test runs). */
    @BeforeEach
    void fixture() throws SQLException {
        if (commune != 0) {
            return;
        }
        commune = TestUnits.current(COMMUNE);
        h1 = TestUnits.hamlet(commune, "Bản Một").getLong("id");
        h2 = TestUnits.hamlet(commune, "Bản Hai").getLong("id");
        h3 = TestUnits.hamlet(commune, "Bản Ba").getLong("id"); // no group: not covered
        try (Connection c = dataSource.getConnection()) {
            long g1 = group(c, h1, 1, "2020-01-01", "ACTIVE");
            long g2 = group(c, h1, 2, "2026-01-10", "ACTIVE");
            long g3 = group(c, h2, 1, "2019-05-05", "ACTIVE");
            group(c, h2, 2, "2018-03-03", "DISSOLVED");
            group(c, h2, 3, "2026-09-01", "ACTIVE"); // founded after the period
            long hh1 = household(c, h1, "A1");
            long hh2 = household(c, h1, "A2");
            long hh3 = household(c, h1, "A3");
            long hh4 = household(c, h1, "A4");
            long hh5 = household(c, h2, "B1");
            long hh6 = household(c, h2, "B2");
            household(c, h2, "B3");
            member(c, hh1, g1, "2020-01-01", null);
            member(c, hh2, g1, "2020-01-01", null);
            member(c, hh3, g2, "2026-01-10", null);
            member(c, hh4, g1, "2020-01-01", "2026-03-01"); // left before the last day
            member(c, hh5, g3, "2019-05-05", null);
            member(c, hh6, g3, "2026-08-01", null); // joined after it

            tip(c, h1, "2025-08-10T10:00+07:00", "DRUGS", "CLOSED", "CONFIRMED", 2);
            tip(c, h1, "2026-06-30T23:30+07:00", "GAMBLING", "NEW", null, 0); // the last evening, Vietnam's time
            tip(c, h2, "2026-07-01T00:10+07:00", "DRUGS", "NEW", null, 0); // after
            tip(c, h2, "2025-06-30T23:59+07:00", "THEFT_ROBBERY", "CLOSED", "UNFOUNDED", 0); // the period before
            tip(c, h2, "2026-02-14T08:00+07:00", "DRUGS", "VERIFYING", null, 1);

            mediation(c, h1, g1, "2025-09-01", "2025-10-01", "RECONCILED");
            mediation(c, h2, g3, "2026-05-01", "2026-07-02", "NOT_RECONCILED"); // received within, closed after
            mediation(c, h1, g1, "2025-05-01", "2025-07-15", "WITHDRAWN"); // received before, closed within
            mediation(c, h2, g3, "2026-01-01", "2026-02-01", "NOT_RECONCILED");
            mediation(c, h2, g3, "2026-03-01", "2026-03-05", "ESCALATED");

            meeting(c, g1, "2025-08-01");
            meeting(c, g1, "2025-10-01");
            meeting(c, g1, "2026-05-15"); // next due 2026-07-15: g1 is in time on the last day
            meeting(c, g3, "2024-12-01"); // the period before; g3 overdue since February 2025
            meeting(c, g3, "2026-07-10"); // after
            // g2: founded 2026-01-10, never met, due 2026-03-10: overdue

            reintegration(c, h1, "2025-01-01", "ACTIVE", "2025-01-01");
            reintegration(c, h2, "2026-08-01", "ACTIVE", "2026-08-01"); // started after
            reintegration(c, h2, "2023-01-01", "COMPLETED", "2025-06-01"); // ended before
            reintegration(c, h1, "2024-01-01", "COMPLETED", "2025-12-01"); // ended within

            rating(c, g1, 2025, "Tốt", 1);
            rating(c, g1, 2026, "Khá", 2);
            rating(c, g3, 2025, "Tốt", 1);
            rating(c, g3, 2024, "Tốt", 1); // a year the period does not touch

            cultural(c, hh1, h1, 2025, true);
            cultural(c, hh2, h1, 2025, false);
            cultural(c, hh1, h1, 2026, true);
            cultural(c, hh5, h2, 2026, true);
            cultural(c, hh3, h1, 2024, true);

            standard(c, commune, 2025, true);
            standard(c, commune, 2026, false);
            standard(c, commune, 2024, true);

            keyArea(c, h1, "2020-01-01", "2026-03-01");
            keyArea(c, commune, "2026-05-01", null);
            keyArea(c, h2, "2026-08-01", null); // listed after
            keyArea(c, h2, "2019-01-01", "2026-08-01"); // transformed after

            recognition(c, h1, g1, null, 2025);
            recognition(c, commune, null, "Lò Văn Mẫu", 2026);
            recognition(c, h2, g3, null, 2024);

            fund(c, g1, "CONTRIBUTION", "2025-01-10", 1_000_000);
            fund(c, g1, "CONTRIBUTION", "2025-08-01", 2_000_000);
            fund(c, g1, "SUPPORT", "2026-01-05", 5_000_000);
            fund(c, g1, "EXPENSE", "2026-02-01", 1_500_000);
            fund(c, g3, "CONTRIBUTION", "2026-07-02", 700_000);
        }
    }

    private ValidatableResponse dashboard(RequestSpecification caller, long unitId) {
        return caller.queryParam("unitId", unitId).queryParam("from", FROM).queryParam("to", TO)
                .get("/api/v1/dashboard").then();
    }

    @Test
    void everyFigureOfTheCommuneEqualsTheHandCount() {
        dashboard(officer(), commune).statusCode(200)
                .body("from", equalTo(FROM)).body("to", equalTo(TO))
                .body("previousFrom", equalTo("2024-07-01")).body("previousTo", equalTo("2025-06-30"))
                .body("figures.hamlets", equalTo(3)).body("figures.hamletsWithGroups", equalTo(2))
                .body("figures.coveragePercent", equalTo(66.7f))
                .body("figures.groups", equalTo(3)).body("figures.households", equalTo(7))
                .body("figures.memberHouseholds", equalTo(4))
                .body("figures.tips", equalTo(3)).body("figures.arrestsOrCases", equalTo(3))
                .body("figures.mediationsReceived", equalTo(4)).body("figures.mediationsClosed", equalTo(4))
                .body("figures.mediationsReconciled", equalTo(1)).body("figures.mediationSuccessPercent", equalTo(33.3f))
                .body("figures.meetings", equalTo(3)).body("figures.overdueGroups", equalTo(2))
                .body("figures.peopleFollowed", equalTo(2))
                .body("figures.groupsRated", equalTo(3)).body("figures.groupsRatedGood", equalTo(2))
                .body("figures.groupsRatedGoodPercent", equalTo(66.7f))
                .body("figures.householdsRated", equalTo(4)).body("figures.culturalFamilies", equalTo(3))
                .body("figures.culturalFamiliesPercent", equalTo(75.0f))
                .body("figures.communesAssessed", equalTo(2)).body("figures.communesMeetingStandard", equalTo(1))
                .body("figures.communesMeetingStandardPercent", equalTo(50.0f))
                .body("figures.keyAreas", equalTo(3)).body("figures.keyAreasTransformed", equalTo(1))
                .body("figures.recognitions", equalTo(2))
                .body("figures.fundContributions", equalTo(2_000_000)).body("figures.fundSupport", equalTo(5_000_000))
                .body("figures.fundExpenses", equalTo(1_500_000)).body("figures.fundBalance", equalTo(6_500_000))
                // The period before: hamlets valid only since the reform, two groups founded, one tip
                .body("previous.hamlets", equalTo(0)).body("previous.coveragePercent", nullValue())
                .body("previous.groups", equalTo(2)).body("previous.tips", equalTo(1))
                .body("previous.mediationsReceived", equalTo(1)).body("previous.mediationsClosed", equalTo(0))
                .body("previous.mediationSuccessPercent", nullValue()).body("previous.meetings", equalTo(1))
                .body("previous.groupsRated", equalTo(3)).body("previous.groupsRatedGood", equalTo(3))
                .body("previous.fundBalance", equalTo(1_000_000)).body("previous.fundContributions", equalTo(1_000_000))
                .body("tipsByCategory.DRUGS", equalTo(2)).body("tipsByCategory.GAMBLING", equalTo(1))
                .body("tipsByCategory.THEFT_ROBBERY", equalTo(0))
                .body("tipsByStatus.NEW", equalTo(1)).body("tipsByStatus.VERIFYING", equalTo(1))
                .body("tipsByStatus.CLOSED", equalTo(1)).body("tipsByOutcome.CONFIRMED", equalTo(1))
                .body("tipsByOutcome.UNFOUNDED", equalTo(0))
                .body("mediationsByOutcome.RECONCILED", equalTo(1)).body("mediationsByOutcome.NOT_RECONCILED", equalTo(1))
                .body("mediationsByOutcome.ESCALATED", equalTo(1)).body("mediationsByOutcome.WITHDRAWN", equalTo(1))
                .body("communes", hasSize(0));
    }

    @Test
    void hamletRowsMonthsAndYearsEqualTheHandCount() {
        JsonPath body = dashboard(officer(), commune).statusCode(200).extract().jsonPath();
        assertEquals(List.of("Bản Ba", "Bản Hai", "Bản Một"), body.getList("children.unit.name"));
        Map<String, Object> one = body.getMap("children.find { it.unit.id == " + h1 + " }.figures");
        assertEquals(2, one.get("groups"));
        assertEquals(4, one.get("households"));
        assertEquals(3, one.get("memberHouseholds"));
        assertEquals(2, one.get("tips"));
        assertEquals(2, one.get("arrestsOrCases"));
        assertEquals(3, one.get("meetings"));
        assertEquals(1, one.get("overdueGroups"));
        assertEquals(2, one.get("peopleFollowed"));
        assertEquals(1, one.get("keyAreas"));
        assertEquals(6_500_000, one.get("fundBalance"));
        Map<String, Object> two = body.getMap("children.find { it.unit.id == " + h2 + " }.figures");
        assertEquals(1, two.get("tips"));
        assertEquals(1, two.get("arrestsOrCases"));
        assertEquals(3, two.get("mediationsReceived"));
        assertEquals(2, two.get("mediationsClosed"));
        assertEquals(0.0f, two.get("mediationSuccessPercent"));
        assertEquals(1, two.get("keyAreas"));
        assertEquals(0, two.get("keyAreasTransformed"));
        Map<String, Object> three = body.getMap("children.find { it.unit.id == " + h3 + " }.figures");
        assertEquals(1, three.get("hamlets"));
        assertEquals(0, three.get("hamletsWithGroups"));
        assertEquals(false, body.getBoolean("children.find { it.unit.id == " + h3 + " }.hasChildren"));

        List<Map<String, Object>> months = body.getList("monthly");
        assertEquals(12, months.size());
        assertEquals(Map.of("month", "2025-08", "tips", 1, "arrestsOrCases", 2, "mediationsClosed", 0,
                "mediationsReconciled", 0, "meetings", 1), months.get(1));
        assertEquals(Map.of("month", "2026-06", "tips", 1, "arrestsOrCases", 0, "mediationsClosed", 0,
                "mediationsReconciled", 0, "meetings", 0), months.get(11));
        assertEquals(1, months.get(3).get("mediationsReconciled")); // October 2025
        List<Map<String, Object>> years = body.getList("yearly");
        assertEquals(List.of(2025, 2026), body.getList("yearly.year"));
        assertEquals(2, years.get(0).get("groupsRated"));
        assertEquals(100.0f, years.get(0).get("groupsRatedGoodPercent"));
        assertEquals(50.0f, years.get(0).get("culturalFamiliesPercent"));
        assertEquals(1, years.get(0).get("communesMeetingStandard"));
        assertEquals(1, years.get(0).get("recognitions"));
        assertEquals(0, years.get(1).get("groupsRatedGood"));
        assertEquals(100.0f, years.get(1).get("culturalFamiliesPercent"));
        assertEquals(0.0f, years.get(1).get("communesMeetingStandardPercent"));
    }

    @Test
    void theProvinceDrillsDownThroughTheFormerDistrictToTheHamlet() {
        JsonPath communeView = dashboard(Callers.province(), commune).statusCode(200).extract().jsonPath();
        assertEquals(List.of("PROVINCE", "DISTRICT", "COMMUNE"), communeView.getList("path.level"));
        int district = communeView.getInt("path[1].id");
        JsonPath province = dashboard(Callers.province(), communeView.getLong("path[0].id")).statusCode(200)
                .body("unit.code", equalTo("14")).body("children.unit.id", hasItem(district))
                .body("children.unit.id", not(hasItem((int) commune)))
                .body("communes.unit.id", hasItem((int) commune)).body("communes", hasSize(75))
                .extract().jsonPath();
        // The province counts at least what the commune counts, and the district row holds the commune's tips.
        assertEquals(true, province.getInt("figures.tips") >= 3);
        dashboard(Callers.province(), district).statusCode(200).body("children.unit.id", hasItem((int) commune))
                .body("children.find { it.unit.id == " + commune + " }.figures.tips", equalTo(3));
        dashboard(Callers.province(), h1).statusCode(200).body("children", hasSize(0))
                .body("path.level", contains("PROVINCE", "DISTRICT", "COMMUNE", "HAMLET"))
                .body("figures.tips", equalTo(2));
    }

    @Test
    void eachCallerReadsItsOwnUnitOnlyAndNoPersonalData() {
        officer().get("/api/v1/dashboard").then().statusCode(200).body("unit.id", equalTo((int) commune));
        dashboard(officer(), TestUnits.current("03727")).statusCode(404);
        dashboard(Callers.commune2(), commune).statusCode(404);
        dashboard(Callers.group(), TestUnits.current("04105")).statusCode(403);
        String hamletCode = Callers.province().get("/api/v1/units/" + h1).then().extract().path("code");
        dashboard(Callers.as("truongban", hamletCode, "hamlet-leader"), h1).statusCode(200)
                .body("figures.tips", equalTo(2));
        // Without a period: this year so far, in which Bản Một had one tip (30 June 2026)
        Callers.as("truongban", hamletCode, "hamlet-leader").get("/api/v1/dashboard").then().statusCode(200)
                .body("unit.id", equalTo((int) h1)).body("figures.tips", equalTo(1));
        dashboard(Callers.as("truongban", hamletCode, "hamlet-leader"), commune).statusCode(404);
        String json = dashboard(Callers.integration(), commune).statusCode(200).body("figures.tips", equalTo(3))
                .extract().asString();
        for (String personal : List.of("Nguyễn Văn Chủ", "Lò Văn Mẫu", "Mô tả tin báo", "Người được giúp")) {
            assertEquals(false, json.contains(personal), personal);
        }
        officer().get("/api/v1/dashboard").then().statusCode(200);
        officer().queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").get("/api/v1/dashboard")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        officer().queryParam("from", "2000-01-01").queryParam("to", "2026-01-01").get("/api/v1/dashboard")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        Callers.group().get("/api/v1/dashboard/report").then().statusCode(403)
                .contentType(containsString("problem+json"));
    }

    @Test
    void theWorkbookCarriesTheNumbersOfTheScreen() throws IOException {
        byte[] file = officer().queryParam("unitId", commune).queryParam("from", FROM).queryParam("to", TO)
                .get("/api/v1/dashboard/report").then().statusCode(200)
                .header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();
        Map<String, List<String>> summary = new HashMap<>();
        List<List<String>> units = new java.util.ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            workbook.getSheets().forEach(sheet -> {
                try (var rows = sheet.openStream()) {
                    rows.forEach(row -> {
                        List<String> cells = cells(row);
                        if (sheet.getName().equals("Tổng hợp") && !cells.isEmpty()) {
                            summary.put(cells.get(0), cells);
                        } else if (sheet.getName().equals("Theo đơn vị")) {
                            units.add(cells);
                        }
                    });
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertEquals(List.of("Tin báo về an ninh, trật tự", "3", "1", "2"), summary.get("Tin báo về an ninh, trật tự"));
        // No case was closed the period before: no rate, and no change
        assertEquals(List.of("Tỉ lệ hòa giải thành (%)", "33.3"), summary.get("Tỉ lệ hòa giải thành (%)"));
        assertEquals("6500000", summary.get("Quỹ nhóm: số dư cuối kỳ (đồng)").get(1));
        assertEquals("66.7", summary.get("Tỉ lệ nhóm tốt trở lên (%)").get(1));
        assertEquals(List.of("Đơn vị", "Bản Ba", "Bản Hai", "Bản Một"), units.stream().map(r -> r.get(0)).toList());
        assertEquals("2", units.get(3).get(7)); // Bản Một's tips, the 7th figure
    }

    @Test
    void thePeriodBeforeIsAsLong() {
        assertEquals(List.of(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30)),
                previous("2025-07-01", "2026-06-30"));
        // From a 1 January: the same dates as many years before
        assertEquals(List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 11, 29)), previous("2026-01-01", "2026-11-29"));
        assertEquals(List.of(LocalDate.of(2007, 1, 1), LocalDate.of(2016, 11, 29)), previous("2017-01-01", "2026-11-29"));
        assertEquals(List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), previous("2025-01-01", "2025-12-31"));
        assertEquals(List.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)), previous("2024-03-01", "2024-03-31"));
        // Not whole months: as many days (1 to 10 March is ten days)
        assertEquals(List.of(LocalDate.of(2025, 2, 19), LocalDate.of(2025, 2, 28)), previous("2025-03-01", "2025-03-10"));
    }

    private static List<LocalDate> previous(String from, String to) {
        return List.of(DashboardService.previousPeriod(LocalDate.parse(from), LocalDate.parse(to)));
    }

    private static List<String> cells(Row row) {
        List<String> cells = new java.util.ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            var cell = row.getCell(i);
            String text = cell == null ? "" : cell.getRawValue();
            cells.add(text == null ? "" : text);
        }
        return cells;
    }

    // ---- Fixture rows, written as they would stand after the years of work they stand for

    private static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql + " RETURNING id")) {
            for (int i = 0; i < args.length; i++) {
                Object arg = args[i];
                if (arg instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    statement.setObject(i + 1, LocalDate.parse(text));
                } else {
                    statement.setObject(i + 1, arg);
                }
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long group(Connection c, long hamlet, int number, String foundedOn, String status)
            throws SQLException {
        return insert(c, "INSERT INTO lgtq_group (hamlet_id, number, name, search_name, founded_on, status)"
                + " VALUES (?, ?, ?, ?, ?, ?)", hamlet, number, "Nhóm số " + number, "nhom so " + number, foundedOn,
                status);
    }

    private static long household(Connection c, long hamlet, String code) throws SQLException {
        return insert(c, "INSERT INTO household (hamlet_id, code, head_name, search_text) VALUES (?, ?, ?, ?)",
                hamlet, code, "Nguyễn Văn Chủ", "nguyen van chu");
    }

    private static void member(Connection c, long household, long group, String joined, String left)
            throws SQLException {
        insert(c, "INSERT INTO group_membership (household_id, group_id, joined_on, left_on) VALUES (?, ?, ?, ?)",
                household, group, joined, left == null ? null : LocalDate.parse(left));
    }

    private void tip(Connection c, long hamlet, String createdAt, String category, String status, String outcome,
            int arrests) throws SQLException {
        insert(c, "INSERT INTO tip (hamlet_id, primary_unit_id, category, description, source, status, outcome,"
                + " arrests_or_cases, created_at) VALUES (?, ?, ?, 'Mô tả tin báo', 'SELF', ?, ?, ?, ?)", hamlet,
                commune, category, status, outcome, arrests, OffsetDateTime.parse(createdAt));
    }

    private static void mediation(Connection c, long hamlet, long group, String received, String closed,
            String outcome) throws SQLException {
        insert(c, "INSERT INTO mediation_case (hamlet_id, group_id, received_on, intake, dispute_type, description,"
                + " status, outcome, closed_on, agreement, escalated_to, created_by)"
                + " VALUES (?, ?, ?, 'PARTY_REQUEST', 'NEIGHBOURS', 'Tranh chấp', 'CLOSED', ?, ?, ?, ?, 'test')",
                hamlet, group, received, outcome, closed, outcome.equals("RECONCILED") ? "Thỏa thuận" : null,
                outcome.equals("ESCALATED") ? "COMMUNE_POLICE" : null);
    }

    private static void meeting(Connection c, long group, String heldOn) throws SQLException {
        insert(c, "INSERT INTO group_meeting (group_id, held_on, member_households, recorded_by) VALUES (?, ?, 3, 't')",
                group, heldOn);
    }

    /** A case with a real sealed identity, so that lists of the whole province can open it. */
    private void reintegration(Connection c, long hamlet, String started, String status, String since)
            throws SQLException {
        long id;
        try (PreparedStatement next = c.prepareStatement(
                "SELECT nextval(pg_get_serial_sequence('reintegration_case', 'id'))");
                ResultSet rs = next.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        insert(c, "INSERT INTO reintegration_case (id, commune_id, hamlet_id, identity_ciphertext, category,"
                + " support_level, started_on, status, status_since, next_contact_due)"
                + " VALUES (?, ?, ?, ?, 'AFTER_COMPULSORY_REHAB', 'LOW', ?, ?, ?, ?)",
                id, commune, hamlet, cipher.seal(new ReintegrationCipher.Identity("Người được giúp", 1990, null), id),
                started, status, since, since);
    }

    private static void rating(Connection c, long group, int year, String rating, int rank) throws SQLException {
        insert(c, "INSERT INTO group_rating (group_id, rating_year, rating, rating_rank, rated_by) VALUES (?, ?, ?, ?, 't')",
                group, year, rating, rank);
    }

    private static void cultural(Connection c, long household, long hamlet, int year, boolean cultural)
            throws SQLException {
        insert(c, "INSERT INTO household_cultural_rating (household_id, hamlet_id, rating_year, cultural, rated_by)"
                + " VALUES (?, ?, ?, ?, 't')", household, hamlet, year, cultural);
    }

    private static void standard(Connection c, long commune, int year, boolean met) throws SQLException {
        insert(c, "INSERT INTO commune_safety_standard (commune_id, assessment_year, met, decided_on, recorded_by)"
                + " VALUES (?, ?, ?, ?, 't')", commune, year, met, LocalDate.of(year, 12, 20));
    }

    private static void keyArea(Connection c, long unit, String listed, String transformed) throws SQLException {
        insert(c, "INSERT INTO key_area (unit_id, name, listed_on, transformed_on, recorded_by)"
                + " VALUES (?, 'Địa bàn', ?, ?, 't')", unit, listed, transformed == null ? null : LocalDate.parse(transformed));
    }

    private static void recognition(Connection c, long unit, Long group, String person, int year) throws SQLException {
        insert(c, "INSERT INTO recognition (unit_id, group_id, person_name, recognition_year, level, reason, recorded_by)"
                + " VALUES (?, ?, ?, ?, 'COMMUNE', 'Tiêu biểu', 't')", unit, group, person, year);
    }

    private static void fund(Connection c, long group, String kind, String on, long amount) throws SQLException {
        insert(c, "INSERT INTO fund_entry (group_id, kind, entry_on, amount, description, recorded_by)"
                + " VALUES (?, ?, ?, ?, 'Quỹ', 't')", group, kind, on, amount);
    }
}
