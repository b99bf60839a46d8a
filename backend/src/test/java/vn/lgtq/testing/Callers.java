package vn.lgtq.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Request specs for the demo callers of realm lgtq, one per role and unit. */
public final class Callers {
    private Callers() {
    }

    public static RequestSpecification national() {
        return as("national", "VN", "national-officer");
    }

    public static RequestSpecification province() {
        return as("province", "14", "province-officer");
    }

    public static RequestSpecification district() {
        return as("district", "125", "district-officer");
    }

    public static RequestSpecification commune() {
        return as("commune", "04105", "commune-officer");
    }

    public static RequestSpecification commune2() {
        return as("commune2", "03646", "commune-officer");
    }

    public static RequestSpecification hamlet() {
        return as("hamlet", "04105-TK20", "hamlet-leader");
    }

    public static RequestSpecification group() {
        return as("group", "04105-TK20", "group-leader");
    }

    public static RequestSpecification integration() {
        return as("service-account-lgtq-integration", "14", "integration");
    }

    public static RequestSpecification as(String username, String unitCode, String... roles) {
        return given().auth().oauth2(TestTokens.token(username, unitCode, roles)).contentType("application/json");
    }
}
