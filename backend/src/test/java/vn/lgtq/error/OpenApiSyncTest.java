package vn.lgtq.error;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The published contract (openapi.yaml at the top of the repo) is exactly what the backend serves. */
@QuarkusTest
class OpenApiSyncTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void publishedContractMatchesTheServedOne() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Files.writeString(Path.of("target", "served-openapi.yaml"), served, StandardCharsets.UTF_8);
        String published = Files.readString(Path.of("..", "openapi.yaml"), StandardCharsets.UTF_8);
        // Compared as YAML trees: key order differs between the build-time and the served rendering.
        assertEquals(YAML.readTree(published), YAML.readTree(served),
                "openapi.yaml differs from what the backend serves: run `make openapi` and review the diff");
    }

    @Test
    void everyOperationHasAnIdAndProblemResponses() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/hamlets'.post.operationId", org.hamcrest.Matchers.equalTo("createHamlet"))
                .body("paths.'/api/v1/hamlets'.post.responses.'409'.content.'application/problem+json'.schema.'$ref'",
                        org.hamcrest.Matchers.equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/v1/units/{id}'.get.responses.'404'", org.hamcrest.Matchers.notNullValue());
    }
}
