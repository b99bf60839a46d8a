package vn.lgtq.error;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestHouseholds;
import vn.lgtq.testing.TestTokens;
import vn.lgtq.testing.TestUnits;

/**
 * Property-based fuzzing driven by the published contract: every write operation (POST, PUT, PATCH, DELETE) of
 * openapi.yaml is called as the province officer with bodies generated from its schema and then mutated (wrong
 * types, control characters, huge strings, dates and numbers out of range, duplicated and unknown keys, missing
 * fields, extra nesting, broken JSON), and every GET with mutated query parameters. Path parameters name real rows
 * made for this test (a fresh commune, hamlet, group, household, ...), so that other test classes keep their data.
 * Properties: no answer is 5xx, and every 4xx is problem+json with its status. The seed is fixed (reproducible);
 * set -Dfuzz.seed to explore others.
 */
@QuarkusTest
class OpenApiFuzzTest {
    private static final int WRITE_REQUESTS = 3_000;
    private static final int READ_REQUESTS = 400;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LONE_SURROGATE = "@@lone-surrogate@@";

    private final Random random = new Random(Long.getLong("fuzz.seed", 13L));
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<Integer, Integer> histogram = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Long> millisByOperation = new HashMap<>();
    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
            .defaultContentCharset(StandardCharsets.UTF_8).appendDefaultContentCharsetToContentTypeIfUndefined(false));
    private JsonNode schemas;
    private String token;
    private int sent;
    private int forwardedFor;

    private record Operation(String method, String path, JsonNode spec) {
    }

    @Test
    void noInputMakesTheApiFailOrAnswerOutsideProblemJson() throws Exception {
        JsonNode api = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile());
        schemas = api.path("components").path("schemas");
        token = TestTokens.token("province", "14", "province-officer");
        makeRows();

        List<Operation> writes = new ArrayList<>();
        List<Operation> reads = new ArrayList<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String method = op.getKey().toUpperCase();
            Operation operation = new Operation(method, path.getKey(), op.getValue());
            if (List.of("POST", "PUT", "PATCH", "DELETE").contains(method)) {
                writes.add(operation);
            } else if (method.equals("GET") && !path.getKey().endsWith("/export")) {
                reads.add(operation);
            }
        }));
        assertTrue(writes.size() > 50, "write operations found in openapi.yaml: " + writes.size());

        long started = System.nanoTime();
        for (int round = 0; sent < WRITE_REQUESTS; round++) {
            for (Operation op : writes) {
                write(op, round);
            }
        }
        int writesSent = sent;
        while (sent < writesSent + READ_REQUESTS) {
            read(reads.get(random.nextInt(reads.size())));
        }
        System.out.printf("Fuzz: %d write operations, %d requests to them, %d to %d GET operations in %d s;"
                        + " statuses %s%n", writes.size(), writesSent, sent - writesSent, reads.size(),
                (System.nanoTime() - started) / 1_000_000_000L, histogram);
        System.out.println("Fuzz: slowest operations (ms in total) " + millisByOperation.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8).toList()
                + "; real ids used for path parameters " + new TreeMap<>(ids));
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
                failures.size() + " answers broke the properties");
        assertTrue(histogram.keySet().stream().noneMatch(s -> s >= 500), histogram.toString());
    }

    // ---- real rows for the path parameters

    private void makeRows() {
        long province = TestUnits.current("14");
        ids.put("provinces", 987_654_321L); // the shared province is read by every test: never renamed or retired here
        ids.put("districts", created(spec().body(Map.of("code", TestUnits.freshCode("D"), "name", "Huyện Thử",
                "type", "HUYEN", "parentId", province, "validFrom", "2020-01-01")).post("/api/v1/districts")));
        long commune = created(spec().body(Map.of("code", TestUnits.freshCode("X"), "name", "Xã Thử", "type", "XA",
                "parentId", province, "validFrom", "2025-07-01")).post("/api/v1/communes"));
        ids.put("communes", commune);
        long hamlet = TestUnits.hamlet(commune, "Bản Thử Nghiệm").getLong("id");
        ids.put("hamlets", hamlet);
        ids.put("units", hamlet);
        long group = TestHouseholds.group(Callers.province(), hamlet, 1).getLong("id");
        ids.put("groups", group);
        long household = TestHouseholds.household(Callers.province(), hamlet, group, 3).getLong("id");
        ids.put("households", household);
        ids.put("persons", spec().get("/api/v1/households/" + household).then().statusCode(200).extract()
                .jsonPath().getLong("people[0].id"));
        ids.put("year", 2024L);
        ids.put("tips", created(spec().body(Map.of("hamletId", hamlet, "category", "THEFT_ROBBERY",
                "description", "Mất trộm xe máy ở đầu ngõ", "locationText", "Ngõ 3", "source", "SELF"))
                .post("/api/v1/tips")));
        ids.put("mediation-cases", created(spec().body(Map.of("groupId", group, "receivedOn", "2025-09-01",
                "intake", "PARTY_REQUEST", "disputeType", "LAND_BOUNDARY", "description", "Tranh chấp ranh giới",
                "parties", List.of(Map.of("householdId", household), Map.of("outsiderName", "Quàng Văn Một")),
                "mediators", List.of(Map.of("role", "GROUP_LEADER", "name", "Nguyễn Văn Hùng"))))
                .post("/api/v1/mediation-cases")));
        // The other rows come from the first valid-looking bodies the fuzzer itself posts (see write()).
    }

    private long created(Response response) {
        response.then().statusCode(201);
        Object id = response.jsonPath().get("id");
        return ((Number) (id != null ? id : response.jsonPath().get("summary.id"))).longValue();
    }

    private RequestSpecification spec() {
        return given().config(CONFIG).urlEncodingEnabled(false).auth().oauth2(token).contentType("application/json");
    }

    // ---- one request

    private void write(Operation op, int round) {
        String url = url(op, round);
        RequestSpecification request = spec();
        if (url.contains("/public/")) {
            // each fuzzed request from its own address, so that the public limit does not starve other tests
            request.header("X-Forwarded-For", "10.13." + (forwardedFor / 250 % 250) + "." + (forwardedFor++ % 250 + 1));
        }
        JsonNode content = op.spec().path("requestBody").path("content");
        String mutation = "-";
        if (content.has("multipart/form-data")) {
            mutation = multipart(request);
        } else if (content.has("application/json")) {
            JsonNode schema = resolve(content.path("application/json").path("schema"));
            boolean valid = round == 0 || random.nextInt(8) == 0;
            JsonNode body = generate(schema, "", 0);
            String raw;
            if (valid) {
                raw = text(body);
                mutation = "valid";
            } else {
                String[] result = mutate(body, schema);
                mutation = result[0];
                raw = result[1];
            }
            request.body(raw.getBytes(StandardCharsets.UTF_8));
        }
        long start = System.nanoTime();
        Response response = request.request(op.method(), url);
        millisByOperation.merge(op.method() + " " + op.path(), (System.nanoTime() - start) / 1_000_000, Long::sum);
        check(op.method() + " " + url + " [" + mutation + "]", response);
        remember(op, response);
    }

    private void read(Operation op) {
        String url = url(op, 1);
        RequestSpecification request = spec().urlEncodingEnabled(false);
        if (url.contains("/public/")) {
            request.header("X-Forwarded-For", "10.14." + (forwardedFor / 250 % 250) + "." + (forwardedFor++ % 250 + 1));
        }
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : op.spec().path("parameters")) {
            if (!"query".equals(parameter.path("in").asText()) || random.nextInt(3) == 0) {
                continue;
            }
            query.append(query.length() == 0 ? "?" : "&").append(parameter.path("name").asText()).append('=')
                    .append(queryValue(parameter.path("name").asText(), resolve(parameter.path("schema"))));
        }
        if (random.nextInt(10) == 0) {
            query.append(query.length() == 0 ? "?" : "&").append("unknown%00=1");
        }
        long start = System.nanoTime();
        Response response = request.get(url + query);
        millisByOperation.merge("GET " + op.path(), (System.nanoTime() - start) / 1_000_000, Long::sum);
        check("GET " + url + query, response);
    }

    private String queryValue(String name, JsonNode schema) {
        return switch (random.nextInt(12)) {
            case 0 -> "%00";
            case 1 -> "a%01b%7F";
            case 2 -> pick("%2B275760-09-13", "0000-01-01", "1899-12-31", "2101-01-01", "2024-02-30", "-1", "x");
            case 3 -> pick("0", "-1", "2147483648", "9223372036854775808", "1e99", "NaN", "%20", "");
            case 4 -> "a".repeat(3000);
            case 5 -> pick("%E0%A4", "%C0%80", "%FF"); // broken UTF-8, an overlong NUL
            case 6 -> pick("name,desc", "id,asc", "%00,asc", ",", "x,y,z");
            default -> java.net.URLEncoder.encode(scalar(schema, name).asText(), StandardCharsets.UTF_8);
        };
    }

    private String url(Operation op, int round) {
        String[] segments = op.path().split("/");
        StringBuilder url = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            url.append('/');
            if (!segment.startsWith("{")) {
                url.append(segment);
                continue;
            }
            String name = segment.substring(1, segment.length() - 1);
            String owner = name.equals("id") ? segments[i - 1] : name.replace("Id", "s");
            Long real = name.equals("year") ? Long.valueOf(2023 + random.nextInt(3))
                    : ids.get(owner.equals("photos") ? "photos" : owner);
            if (name.equals("code")) {
                url.append(random.nextInt(4) == 0 ? "%00" : "ABCD-" + (1000 + random.nextInt(9000)));
            } else if (real != null && (round % 5 != 4 || random.nextBoolean())) {
                url.append(real);
            } else {
                url.append(pick("0", "-1", "999999999", "9223372036854775807", "9223372036854775808", "abc", "%00",
                        "1e3", "2.5", "1899", "99999"));
            }
        }
        return url.toString();
    }

    private String multipart(RequestSpecification request) {
        String name = pick("a.csv", "a\u0000.csv", "../../etc/passwd", "x".repeat(2000) + ".xlsx", "ảnh.jpg",
                "a\u0007b.png", "", "tệp\r\n.csv");
        byte[] content = switch (random.nextInt(4)) {
            case 0 -> "Mã hộ,Tên\nS1,Lò Văn A\n".getBytes(StandardCharsets.UTF_8);
            case 1 -> new byte[0];
            case 2 -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2};
            default -> {
                byte[] bytes = new byte[random.nextInt(4096)];
                random.nextBytes(bytes);
                yield bytes;
            }
        };
        String type = pick("text/csv", "image/jpeg", "application/octet-stream", "text/plain\u0000");
        request.contentType("multipart/form-data");
        if (random.nextInt(6) == 0) {
            request.multiPart("other", "x");
            return "multipart without file";
        }
        request.multiPart("file", name, content, type.replace("\u0000", ""));
        return "multipart " + name.length();
    }

    private void check(String call, Response response) {
        sent++;
        int status = response.statusCode();
        histogram.merge(status, 1, Integer::sum);
        if (status >= 500) {
            failures.add(status + " " + call + " → " + snippet(response));
        } else if (status >= 400) {
            String type = String.valueOf(response.contentType());
            if (!type.startsWith(Problem.MEDIA_TYPE)) {
                failures.add(status + " not problem+json (" + type + ") " + call);
            } else {
                Object problemStatus;
                try {
                    problemStatus = response.jsonPath().get("status");
                } catch (RuntimeException e) {
                    problemStatus = "unreadable";
                }
                if (!(problemStatus instanceof Number number) || number.intValue() != status) {
                    failures.add(status + " problem with status " + problemStatus + " " + call + " → " + snippet(response));
                }
            }
        }
    }

    private static String snippet(Response response) {
        String body = response.asString();
        return body.length() > 300 ? body.substring(0, 300) : body;
    }

    /** The first row a valid-looking POST made becomes the real id of its collection for later calls. */
    private void remember(Operation op, Response response) {
        if (!op.method().equals("POST") || response.statusCode() != 201 && response.statusCode() != 200) {
            return;
        }
        String[] segments = op.path().split("/");
        String collection = segments[segments.length - 1];
        if (collection.startsWith("{") || ids.containsKey(collection)
                || List.of("retire", "membership", "closing", "status", "plan").contains(collection)) {
            return;
        }
        try {
            Object id = response.jsonPath().get("id");
            id = id != null ? id : response.jsonPath().get("summary.id");
            if (id instanceof Number number) {
                ids.put(collection, number.longValue());
            }
        } catch (RuntimeException notJson) {
            // some answers are not a row (files, pages)
        }
    }

    // ---- bodies

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.path("$ref").asText();
            current = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return current;
    }

    private JsonNode generate(JsonNode schema, String name, int depth) {
        schema = resolve(schema);
        String type = schema.path("type").asText("object");
        if (schema.has("enum")) {
            JsonNode values = schema.path("enum");
            return values.get(random.nextInt(values.size()));
        }
        if (type.equals("object") || schema.has("properties")) {
            ObjectNode object = NODES.objectNode();
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            schema.path("properties").fields().forEachRemaining(property -> {
                if (depth < 4 && (required.contains(property.getKey()) || random.nextInt(4) != 0)) {
                    object.set(property.getKey(), generate(property.getValue(), property.getKey(), depth + 1));
                }
            });
            return object;
        }
        if (type.equals("array")) {
            ArrayNode array = NODES.arrayNode();
            int count = depth < 4 ? random.nextInt(3) : 0;
            for (int i = 0; i < count; i++) {
                array.add(generate(schema.path("items"), singular(name), depth + 1));
            }
            return array;
        }
        return scalar(schema, name);
    }

    private static String singular(String name) {
        return name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name;
    }

    private JsonNode scalar(JsonNode schema, String name) {
        String type = schema.path("type").asText("string");
        String format = schema.path("format").asText("");
        String lower = name.toLowerCase();
        if (schema.has("enum")) {
            return schema.path("enum").get(random.nextInt(schema.path("enum").size()));
        }
        switch (type) {
            case "integer" -> {
                if (lower.equals("version")) {
                    return NODES.numberNode(0L);
                }
                if (lower.endsWith("id")) {
                    return NODES.numberNode(idFor(lower));
                }
                if (lower.contains("year")) {
                    return NODES.numberNode(2020 + random.nextInt(6));
                }
                long min = schema.path("minimum").asLong(0);
                long max = schema.path("maximum").asLong(Math.max(min, 0) + 100);
                return NODES.numberNode(min + (long) (random.nextDouble() * (max - min + 1)));
            }
            case "number" -> {
                double min = schema.path("minimum").asDouble(lower.contains("lat") ? 8 : 0);
                double max = schema.path("maximum").asDouble(min + 100);
                return NODES.numberNode(min + random.nextDouble() * (max - min));
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                if (format.equals("date")) {
                    return NODES.textNode(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(600)).toString());
                }
                if (format.equals("date-time")) {
                    return NODES.textNode("2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)
                            + "T08:30:00+07:00");
                }
                if (format.equals("uuid")) {
                    return NODES.textNode(java.util.UUID.randomUUID().toString());
                }
                if (lower.contains("code")) {
                    return NODES.textNode(TestUnits.freshCode("F"));
                }
                if (lower.contains("phone")) {
                    return NODES.textNode("0912 345 678");
                }
                int max = schema.path("maxLength").asInt(200);
                String text = pick("Nội dung thử", "Lò Văn Thử", "Bản Bó Ẩn, xã Mai Sơn", "Tốt", "Khá", "a");
                return NODES.textNode(text.length() > max ? text.substring(0, max) : text);
            }
        }
    }

    private long idFor(String lower) {
        for (Map.Entry<String, String> key : Map.of("hamlet", "hamlets", "group", "groups", "household",
                "households", "commune", "communes", "parent", "communes", "person", "persons", "tip", "tips",
                "unit", "hamlets", "case", "mediation-cases", "district", "districts").entrySet()) {
            if (lower.contains(key.getKey()) && ids.containsKey(key.getValue())) {
                return random.nextInt(10) == 0 ? 999_999_999L : ids.get(key.getValue());
            }
        }
        return random.nextInt(10) == 0 ? 999_999_999L : ids.get("hamlets");
    }

    /** One mutation of a valid-looking body: [its name, the raw text sent]. */
    private String[] mutate(JsonNode body, JsonNode schema) {
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        schema.path("properties").fieldNames().forEachRemaining(f -> {
            if (!fields.contains(f)) {
                fields.add(f);
            }
        });
        String field = fields.isEmpty() ? "x" : fields.get(random.nextInt(fields.size()));
        ObjectNode object = body.isObject() ? ((ObjectNode) body).deepCopy() : NODES.objectNode();
        int kind = random.nextInt(15);
        switch (kind) {
            case 0 -> object.set(field, pickNode(NODES.textNode("x"), NODES.numberNode(1), NODES.booleanNode(true),
                    NODES.objectNode().put("a", 1), NODES.arrayNode().add(1), NODES.textNode("")));
            case 1 -> object.put(field, pick("a\u0000b", "\u0000", "x\u0001y", "\u007f", "\u0085", "a\u001bb",
                    "tab\there", "line\nbreak", "\u200b\u202e"));
            case 2 -> object.put(field, "ầ".repeat(random.nextBoolean() ? 5_000 : 120_000));
            case 3 -> object.put(field, pick("+275760-09-13", "-000001-01-01", "0000-01-01", "1899-12-31",
                    "2101-01-01", "9999-12-31T23:59:59Z", "2024-02-30", "+10000-01-01T00:00:00Z", "2024-13-01",
                    "1970-01-01T00:00:00+25:00"));
            case 4 -> object.set(field, pickNode(NODES.numberNode(1e308), NODES.numberNode(-1), NODES.numberNode(0),
                    NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(new java.math.BigInteger("9223372036854775808")),
                    NODES.numberNode(2147483648L), NODES.numberNode(1.5), NODES.numberNode(-2147483649L),
                    NODES.numberNode(new java.math.BigDecimal("1e-400")),
                    NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890"))));
            case 5 -> {
                String text = text(object);
                String duplicate = "\"" + field + "\":" + (random.nextBoolean() ? "1" : "\"x\"");
                return new String[] {"duplicate " + field,
                        text.equals("{}") ? "{" + duplicate + "," + duplicate + "}" : "{" + duplicate + "," + text.substring(1)};
            }
            case 6 -> {
                Iterator<String> names = object.fieldNames();
                List<String> present = new ArrayList<>();
                names.forEachRemaining(present::add);
                present.stream().filter(f -> random.nextBoolean()).forEach(object::remove);
            }
            case 7 -> object.put("unknown" + random.nextInt(3), "x").set("__proto__", NODES.objectNode());
            case 8 -> {
                JsonNode nested = NODES.numberNode(1);
                int depth = random.nextBoolean() ? 10 : 40;
                for (int i = 0; i < depth; i++) {
                    nested = random.nextBoolean() ? NODES.arrayNode().add(nested) : NODES.objectNode().set("a", nested);
                }
                object.set(field, nested);
            }
            case 9 -> {
                return new String[] {"not an object", pick("", "null", "[]", "[{}]", "\"x\"", "1", "{", "{\"a\":}",
                        "{'a':1}", "{\"a\":1}}", "\uFEFF{}", "{\"a\":NaN}", "{\"a\":01}", "{} {}")};
            }
            case 10 -> object.putNull(field);
            case 11 -> object.put(field, LONE_SURROGATE);
            case 12 -> {
                for (String f : fields) {
                    if (random.nextBoolean()) {
                        object.put(f, "\u0000");
                    }
                }
            }
            case 13 -> object.set(field, NODES.arrayNode().add("a\u0000").add(NODES.nullNode()).add(-1));
            default -> {
                // a valid-looking body with one field regenerated freshly
                JsonNode property = schema.path("properties").path(field);
                object.set(field, property.isMissingNode() ? NODES.textNode("x") : generate(property, field, 1));
            }
        }
        return new String[] {"mutation " + kind + " " + field, text(object)};
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node).replace(LONE_SURROGATE, "\\ud800");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private JsonNode pickNode(JsonNode... values) {
        return values[random.nextInt(values.length)];
    }
}
