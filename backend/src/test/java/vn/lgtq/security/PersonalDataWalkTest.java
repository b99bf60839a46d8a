package vn.lgtq.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.ApiOperations;
import vn.lgtq.testing.ApiOperations.Operation;
import vn.lgtq.testing.MatrixFixture;

/**
 * Walks every read of openapi.yaml as every role and fails when an answer carries personal data of a kind the
 * role may not see ({@link PersonalData}): by the fields that hold it, and by the fixture's own values (names,
 * phone and citizen ID numbers, a reintegration history) anywhere in the body, CSV exports included.
 */
@QuarkusTest
class PersonalDataWalkTest {
    /** Response fields and the kind of personal data they hold. */
    private static final Map<String, PersonalData> FIELDS = Map.ofEntries(
            Map.entry("fullName", PersonalData.NAMES), Map.entry("headName", PersonalData.NAMES),
            Map.entry("personName", PersonalData.NAMES), Map.entry("outsiderName", PersonalData.NAMES),
            Map.entry("outsiderAddress", PersonalData.NAMES), Map.entry("address", PersonalData.NAMES),
            Map.entry("partyNames", PersonalData.NAMES), Map.entry("leader", PersonalData.NAMES),
            Map.entry("deputy", PersonalData.NAMES), Map.entry("leaderAccount", PersonalData.NAMES),
            Map.entry("birthDate", PersonalData.NAMES),
            Map.entry("phone", PersonalData.CONTACT_NUMBERS), Map.entry("citizenId", PersonalData.CONTACT_NUMBERS),
            Map.entry("informantName", PersonalData.INFORMANT), Map.entry("informantContact", PersonalData.INFORMANT));
    /** On a reintegration case these are its record, for officers only. */
    private static final Map<String, PersonalData> CASE_FIELDS = Map.of("category", PersonalData.REINTEGRATION_RECORD,
            "history", PersonalData.REINTEGRATION_RECORD, "citizenId", PersonalData.REINTEGRATION_RECORD,
            "birthYear", PersonalData.REINTEGRATION_RECORD, "notes", PersonalData.REINTEGRATION_RECORD);

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void noReadAnswersPersonalDataToARoleThatMayNotSeeIt() throws Exception {
        MatrixFixture f = MatrixFixture.get();
        Map<String, Supplier<RequestSpecification>> callers = new LinkedHashMap<>(f.callers());
        callers.keySet().removeIf(name -> MatrixFixture.role(name) == null);
        Map<PersonalData, List<String>> values = Map.of(
                PersonalData.NAMES, List.of(MatrixFixture.HEAD_NAME),
                PersonalData.CONTACT_NUMBERS, List.of(MatrixFixture.PHONE, f.householdCitizenId()),
                PersonalData.REINTEGRATION_RECORD, List.of(MatrixFixture.CASE_HISTORY, f.caseCitizenId()));

        List<Operation> reads = ApiOperations.published().stream().filter(Operation::isRead).toList();
        List<String> leaks = new ArrayList<>();
        Set<PersonalData> seenByOfficers = EnumSet.noneOf(PersonalData.class);
        int answered = 0;
        for (Operation op : reads) {
            for (Map.Entry<String, Supplier<RequestSpecification>> caller : callers.entrySet()) {
                String role = MatrixFixture.role(caller.getKey());
                Set<PersonalData> allowed = EnumSet.noneOf(PersonalData.class);
                for (PersonalData kind : PersonalData.values()) {
                    if (kind.visibleTo(Set.of(role))) {
                        allowed.add(kind);
                    }
                }
                Response response = f.call(op, caller.getValue().get());
                if (response.statusCode() != 200) {
                    continue;
                }
                answered++;
                String body = response.asString();
                for (Map.Entry<PersonalData, List<String>> value : values.entrySet()) {
                    for (String v : value.getValue()) {
                        if (body.contains(v)) {
                            if (!allowed.contains(value.getKey())) {
                                leaks.add(op.id() + " as " + caller.getKey() + ": the value " + v + " ("
                                        + value.getKey() + ")");
                            } else if (caller.getKey().equals("commune")) {
                                seenByOfficers.add(value.getKey());
                            }
                        }
                    }
                }
                String type = response.contentType();
                if (type != null && type.startsWith("application/json")) {
                    boolean caseRead = op.path().startsWith("/api/v1/reintegration-cases");
                    walk(json.readTree(body), "", caseRead, allowed, op.id() + " as " + caller.getKey(), leaks);
                }
            }
        }
        System.out.printf("Personal data walk: %d reads of openapi.yaml, %d callers, %d answers read, %d leaks%n",
                reads.size(), callers.size(), answered, leaks.size());
        // Not vacuous: the officer of the fixture's commune does get every kind the walk looks for.
        assertEquals(EnumSet.of(PersonalData.NAMES, PersonalData.CONTACT_NUMBERS, PersonalData.REINTEGRATION_RECORD),
                seenByOfficers);
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
    }

    private static void walk(JsonNode node, String path, boolean caseRead, Set<PersonalData> allowed, String where,
            List<String> leaks) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                walk(item, path + "[]", caseRead, allowed, where, leaks);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                PersonalData kind = caseRead && CASE_FIELDS.containsKey(field.getKey())
                        ? CASE_FIELDS.get(field.getKey()) : FIELDS.get(field.getKey());
                if (kind != null && !field.getValue().isNull() && !allowed.contains(kind)) {
                    leaks.add(where + ": " + path + "." + field.getKey() + " (" + kind + ")");
                }
                walk(field.getValue(), path + "." + field.getKey(), caseRead, allowed, where, leaks);
            }
        }
    }
}
