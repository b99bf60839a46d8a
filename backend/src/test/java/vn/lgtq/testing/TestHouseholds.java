package vn.lgtq.testing;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Makes groups and households through the API, each with a fresh code. */
public final class TestHouseholds {
    private TestHouseholds() {
    }

    public static JsonPath group(RequestSpecification caller, long hamletId, int number) {
        return caller.body(Map.of("hamletId", hamletId, "number", number)).post("/api/v1/groups")
                .then().statusCode(201).extract().jsonPath();
    }

    /** A household with its head and (peopleCount - 1) children, optionally in a group. */
    public static JsonPath household(RequestSpecification caller, long hamletId, Long groupId, int peopleCount) {
        return caller.body(body(hamletId, TestUnits.freshCode("H"), groupId, peopleCount)).post("/api/v1/households")
                .then().statusCode(201).extract().jsonPath();
    }

    public static Map<String, Object> body(long hamletId, String code, Long groupId, int peopleCount) {
        List<Map<String, Object>> people = new ArrayList<>();
        people.add(person("Nguyễn Văn Chủ", "HEAD"));
        for (int i = 1; i < peopleCount; i++) {
            people.add(person("Nguyễn Thị Con " + i, "CHILD"));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("hamletId", hamletId);
        body.put("code", code);
        body.put("address", "Số 1, đường Tô Hiệu");
        body.put("phone", "0912 345 678");
        body.put("groupId", groupId);
        body.put("people", people);
        return body;
    }

    public static Map<String, Object> person(String name, String relation) {
        Map<String, Object> person = new HashMap<>();
        person.put("fullName", name);
        person.put("relation", relation);
        person.put("birthYear", 1980);
        return person;
    }

    public static void move(RequestSpecification caller, long householdId, Long groupId, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("groupId", groupId);
        body.put("version", version);
        caller.body(body).post("/api/v1/households/" + householdId + "/membership").then().statusCode(200);
    }
}
