package vn.lgtq.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import vn.lgtq.testing.ApiOperations.Operation;

/**
 * One fresh hamlet of Xã Mai Sơn with a record of every kind, for walking the whole API as every caller: its group
 * (led by one account) and household, a second group of the same hamlet (led by another), a second hamlet of the
 * same commune, and a tip, photo, mediation case, meeting, patrol, propaganda session, recognition, key area,
 * reintegration case, fund entry and household import of the first group or hamlet. Made once per test run.
 */
public final class MatrixFixture {
    /** An id no record has: writes are probed with it, so that nothing changes. */
    public static final String MISSING = "999999999";
    /** The names of {@link #callers()}, in order. */
    public static final List<String> CALLERS = List.of("anonymous", "province", "district", "commune", "hamlet",
            "group", "integration", "no-role", "commune2", "hamlet2", "group2", "national");
    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");
    private static final AtomicInteger ADDRESS = new AtomicInteger();
    private static MatrixFixture instance;

    private final TestRegisters.Hamlet hamlet;
    private final TestRegisters.Hamlet otherHamlet;
    private final String groupAccount;
    private final String otherGroupAccount;
    private final Map<String, String> ids = new HashMap<>();
    /** Personal data on record, to look for in what each caller gets. */
    public static final String PHONE = "0912345678";
    public static final String HEAD_NAME = "Quàng Thị Riêng Tư";
    public static final String CASE_NAME = "Lò Văn Hồ Sơ";
    public static final String CASE_HISTORY = "Cai nghiện bắt buộc 2023";
    private final String householdCitizenId;
    private final String caseCitizenId;

    public static synchronized MatrixFixture get() {
        if (instance == null) {
            instance = new MatrixFixture();
        }
        return instance;
    }

    private MatrixFixture() {
        String unique = TestRegisters.unique();
        hamlet = TestRegisters.hamlet("04105", "Bản Ma Trận");
        otherHamlet = TestRegisters.hamlet("04105", "Bản Bên Cạnh");
        groupAccount = "nhom-" + unique;
        otherGroupAccount = "nhom-khac-" + unique;
        long group = TestRegisters.group(hamlet, 1, groupAccount, "2020-01-01");
        TestRegisters.group(hamlet, 2, otherGroupAccount, "2020-01-01");
        householdCitizenId = "014080" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        Map<String, Object> householdBody = TestHouseholds.body(hamlet.id(), TestUnits.freshCode("MT"), group, 1);
        householdBody.put("phone", PHONE);
        Map<String, Object> head = TestHouseholds.person(HEAD_NAME, "HEAD");
        head.put("citizenId", householdCitizenId);
        householdBody.put("people", List.of(head));
        long household = Callers.province().body(householdBody).post("/api/v1/households").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String today = LocalDate.now().toString();
        ids.put("province", String.valueOf(TestUnits.current("14")));
        ids.put("district", String.valueOf(TestUnits.id("125", "2025-06-30")));
        ids.put("commune", String.valueOf(TestUnits.current("04105")));
        ids.put("hamlet", String.valueOf(hamlet.id()));
        ids.put("group", String.valueOf(group));
        ids.put("household", String.valueOf(household));

        long tip = groupLeader().body(Map.of("hamletId", hamlet.id(), "category", "THEFT_ROBBERY",
                "description", "Mất trộm xe máy ở đầu ngõ", "source", "SELF")).post("/api/v1/tips")
                .then().statusCode(201).extract().jsonPath().getLong("summary.id");
        ids.put("tip", String.valueOf(tip));
        ids.put("photo", groupLeader().contentType("multipart/form-data").multiPart("file", "anh.png", png(), "image/png")
                .post("/api/v1/tips/" + tip + "/photos").then().statusCode(200).extract().jsonPath()
                .getString("photos[0].id"));
        ids.put("mediation", created(groupLeader().body(Map.of("groupId", group, "receivedOn", today,
                "intake", "PARTY_REQUEST", "disputeType", "LAND_BOUNDARY", "description", "Tranh chấp ranh giới đất",
                "parties", List.of(Map.of("outsiderName", "Quàng Văn Một"), Map.of("outsiderName", "Lường Thị Hai")),
                "mediators", List.of(Map.of("role", "GROUP_LEADER", "name", "Nguyễn Văn Hùng"))))
                .post("/api/v1/mediation-cases")));
        ids.put("meeting", created(groupLeader().body(Map.of("heldOn", today,
                "attendingHouseholdIds", List.of(household), "topics", "Rà soát an ninh trật tự"))
                .post("/api/v1/groups/" + group + "/meetings")));
        ids.put("patrol", created(groupLeader().body(Map.of("hamletId", hamlet.id(), "groupId", group,
                "startedAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(2).withNano(0).toString(),
                "participants", "Nhóm 4 người", "area", "Đường liên bản")).post("/api/v1/patrols")));
        ids.put("propaganda", created(groupLeader().body(Map.of("hamletId", hamlet.id(), "groupId", group,
                "heldOn", today, "topic", "Phòng chống ma túy", "channel", "LOUDSPEAKER", "audience", 40))
                .post("/api/v1/propaganda-sessions")));
        ids.put("recognition", created(Callers.commune().body(Map.of("unitId", hamlet.id(), "groupId", group,
                "year", 2025, "level", "COMMUNE", "reason", "Phát hiện, tố giác tội phạm"))
                .post("/api/v1/recognitions")));
        ids.put("key-area", created(Callers.commune().body(Map.of("unitId", hamlet.id(), "name", "Bến xe cũ",
                "problem", "Tụ điểm sử dụng ma túy", "listedOn", "2024-03-01")).post("/api/v1/key-areas")));
        caseCitizenId = "0149" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Map<String, Object> reintegration = new HashMap<>(Map.of("fullName", CASE_NAME, "birthYear", 1990,
                "citizenId", caseCitizenId, "hamletId", hamlet.id(), "groupId", group,
                "category", "AFTER_COMPULSORY_REHAB", "startedOn", today, "supportLevel", "LOW"));
        reintegration.put("history", CASE_HISTORY);
        ids.put("reintegration", created(Callers.commune().body(reintegration).post("/api/v1/reintegration-cases")));
        ids.put("fund-entry", created(groupLeader().body(Map.of("kind", "CONTRIBUTION", "entryOn", today,
                "amount", 100_000, "description", "Đóng góp quý I")).post("/api/v1/groups/" + group + "/fund-entries")));
        ids.put("import", created(Callers.commune().contentType("multipart/form-data")
                .multiPart("file", "ho.csv", "Mã hộ\r\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/hamlets/" + hamlet.id() + "/household-imports")));
    }

    public String hamletCode() {
        return hamlet.code();
    }

    public RequestSpecification hamletLeader() {
        return TestRegisters.hamletLeader(hamlet);
    }

    public RequestSpecification groupLeader() {
        return TestRegisters.groupLeader(hamlet, groupAccount);
    }

    public RequestSpecification otherHamletLeader() {
        return TestRegisters.hamletLeader(otherHamlet);
    }

    /** The leader of the other group of the same hamlet. */
    public RequestSpecification otherGroupLeader() {
        return TestRegisters.groupLeader(hamlet, otherGroupAccount);
    }

    public String householdCitizenId() {
        return householdCitizenId;
    }

    public String caseCitizenId() {
        return caseCitizenId;
    }

    /**
     * Every kind of caller, by name: anonymous; the officers of province 14, former district 125 and commune 04105;
     * the fixture hamlet's leader and its group's leader; the integration client; a realm user of the hamlet without
     * an LGTQ role (an account made for another application); callers of another commune (03646), hamlet (of
     * 04105) and group (of the same hamlet); and a national officer (the country, VN).
     */
    public Map<String, Supplier<RequestSpecification>> callers() {
        Map<String, Supplier<RequestSpecification>> callers = new LinkedHashMap<>();
        callers.put("anonymous", () -> given().contentType("application/json"));
        callers.put("province", Callers::province);
        callers.put("district", Callers::district);
        callers.put("commune", Callers::commune);
        callers.put("hamlet", this::hamletLeader);
        callers.put("group", this::groupLeader);
        callers.put("integration", Callers::integration);
        callers.put("no-role", () -> Callers.as("citizen", hamletCode(), "offline_access"));
        callers.put("commune2", Callers::commune2);
        callers.put("hamlet2", this::otherHamletLeader);
        callers.put("group2", this::otherGroupLeader);
        callers.put("national", Callers::national);
        assertEquals(CALLERS, List.copyOf(callers.keySet()));
        return callers;
    }

    /** The LGTQ role of a caller of {@link #callers()}; null for anonymous and no-role. */
    public static String role(String caller) {
        return switch (caller) {
            case "province" -> "province-officer";
            case "district" -> "district-officer";
            case "commune", "commune2" -> "commune-officer";
            case "hamlet", "hamlet2" -> "hamlet-leader";
            case "group", "group2" -> "group-leader";
            case "integration" -> "integration";
            case "national" -> "national-officer";
            default -> null;
        };
    }

    public String id(String kind) {
        return ids.get(kind);
    }

    /**
     * Calls the operation as the caller: a read on the fixture's records, a write with an empty body (an empty
     * multipart form for uploads) on ids no record has.
     */
    public Response call(Operation op, RequestSpecification caller) {
        String path = path(op);
        if (op.isPublic()) {
            // Each probe its own client address, so the public rate limit stays out of the matrix.
            caller.header("X-Forwarded-For", "198.51.100." + (ADDRESS.incrementAndGet() % 250 + 1));
        }
        if (op.id().equals("listPublicUnits")) {
            caller.queryParam("q", "mai son");
        }
        if (op.bodyType() != null && op.bodyType().startsWith("multipart/")) {
            caller.contentType("multipart/form-data").multiPart("note", "");
        } else if (op.bodyType() != null) {
            caller.body("{}");
        }
        return caller.request(op.method(), path);
    }

    /** The path with its parameters filled in. */
    public String path(Operation op) {
        Matcher m = PARAM.matcher(op.path());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, value(op, m.group(1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(Operation op, String param) {
        if (param.equals("year")) {
            return "2025";
        }
        if (param.equals("code")) {
            return "KHONGCOMA";
        }
        if (!op.isRead()) {
            return MISSING;
        }
        String path = op.path();
        String kind = switch (param) {
            case "photoId" -> "photo";
            case "entryId" -> "fund-entry";
            default -> kindOf(path);
        };
        String id = ids.get(kind);
        assertTrue(id != null, "no fixture record for " + param + " of " + path);
        return id;
    }

    private static String kindOf(String path) {
        String collection = path.substring("/api/v1/".length()).split("/")[0];
        return switch (collection) {
            case "provinces" -> "province";
            case "districts" -> "district";
            case "communes" -> "commune";
            case "hamlets" -> "hamlet";
            // Safety standards are the communes'; every other unit read is asked of the hamlet.
            case "units" -> path.endsWith("/safety-standards") ? "commune" : "hamlet";
            case "groups" -> "group";
            case "households" -> "household";
            case "household-imports" -> "import";
            case "key-areas" -> "key-area";
            case "mediation-cases" -> "mediation";
            case "meetings" -> "meeting";
            case "patrols" -> "patrol";
            case "propaganda-sessions" -> "propaganda";
            case "recognitions" -> "recognition";
            case "reintegration-cases" -> "reintegration";
            case "tips" -> "tip";
            default -> collection;
        };
    }

    /** The id at the end of the Location of a 201 or 202. */
    private static String created(Response response) {
        response.then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(201),
                org.hamcrest.Matchers.is(202)));
        String location = response.header("Location");
        if (location != null) {
            return location.substring(location.lastIndexOf('/') + 1);
        }
        return response.jsonPath().getString("id");
    }

    /** A real image of a few pixels, so that photo checks of any strictness accept it. */
    private static byte[] png() {
        try {
            BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
