package vn.lgtq.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.ApiOperations;
import vn.lgtq.testing.ApiOperations.Operation;
import vn.lgtq.testing.MatrixFixture;

/**
 * Every operation of openapi.yaml, called by every kind of caller, answers as the declared table
 * (src/test/resources/access-matrix.tsv) says. An operation missing from the table fails the test, so a new
 * endpoint cannot ship before someone decides who may call it.
 *
 * <p>Reads use records of one fresh hamlet (its group, household, tip, cases, ...): in scope they answer 200,
 * for a caller of another commune, hamlet or group 404. Writes are probed with an empty body and ids that do not
 * exist, so nothing changes: a caller the role gate lets through gets a 4xx of validation or lookup ("pass").
 * Run with {@code -Dmatrix.print=true} to print what the server answers now, in the table's format.
 */
@QuarkusTest
class AccessMatrixTest {
    /** Columns of the table, in order. */
    static final List<String> CALLERS = MatrixFixture.CALLERS;

    @Test
    void everyOperationAnswersEveryCallerAsDeclared() throws IOException {
        MatrixFixture fixture = MatrixFixture.get();
        Map<String, List<String>> table = table();
        List<Operation> operations = ApiOperations.published();
        List<String> problems = new ArrayList<>();
        TreeSet<String> undeclared = new TreeSet<>();
        for (Operation op : operations) {
            if (!table.containsKey(op.id())) {
                undeclared.add(op.id());
            }
        }
        TreeSet<String> stale = new TreeSet<>(table.keySet());
        operations.forEach(op -> stale.remove(op.id()));
        StringBuilder observed = new StringBuilder();
        int requests = 0;
        Map<String, Supplier<RequestSpecification>> callers = fixture.callers();
        for (Operation op : operations) {
            List<String> expected = table.get(op.id());
            List<String> row = new ArrayList<>();
            for (int c = 0; c < CALLERS.size(); c++) {
                Response response = fixture.call(op, callers.get(CALLERS.get(c)).get());
                requests++;
                String outcome = outcome(op, response.statusCode());
                row.add(outcome);
                if (response.statusCode() >= 400
                        && !response.contentType().startsWith("application/problem+json")) {
                    problems.add(op.id() + " as " + CALLERS.get(c) + ": " + response.statusCode() + " without problem+json");
                }
                if (expected != null && !expected.get(c).equals(outcome)) {
                    problems.add(op.id() + " as " + CALLERS.get(c) + ": expected " + expected.get(c) + ", got "
                            + response.statusCode());
                }
            }
            observed.append(String.format("%-36s %s%n", op.id(), String.join("\t", row)));
        }
        System.out.printf("Access matrix: %d of %d operations of openapi.yaml declared, %d callers, %d requests,"
                + " %d mismatches%n", operations.size() - undeclared.size(), operations.size(), CALLERS.size(),
                requests, problems.size());
        if (Boolean.getBoolean("matrix.print")) {
            System.out.println(observed);
        }
        assertTrue(undeclared.isEmpty(), "operations missing from access-matrix.tsv: " + undeclared);
        assertTrue(stale.isEmpty(), "operations in access-matrix.tsv that openapi.yaml no longer has: " + stale);
        assertEquals(List.of(), problems);
    }

    /** 2xx → "200"; 401, 403 and 404 as such; any other 4xx of a write means the role gate let it through. */
    private static String outcome(Operation op, int status) {
        if (status >= 200 && status < 300) {
            return "200";
        }
        if (status == 401 || status == 403) {
            return String.valueOf(status);
        }
        if (!op.isRead() && status >= 400 && status < 500) {
            return "pass";
        }
        return String.valueOf(status);
    }

    private static Map<String, List<String>> table() throws IOException {
        Map<String, List<String>> table = new LinkedHashMap<>();
        try (InputStream in = AccessMatrixTest.class.getResourceAsStream("/access-matrix.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cells = trimmed.split("\\s+");
                assertEquals(CALLERS.size() + 1, cells.length, "access-matrix.tsv row: " + line);
                table.put(cells[0], List.of(cells).subList(1, cells.length));
            }
        }
        return table;
    }
}
