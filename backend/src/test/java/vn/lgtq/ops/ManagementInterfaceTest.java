package vn.lgtq.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Health and metrics answer only on the management interface; the public port knows nothing of them. */
@QuarkusTest
class ManagementInterfaceTest {
    @TestHTTPResource(value = "health/ready", management = true) // under the management root, /q
    URL health;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/live", "/q/health/ready"}) {
            given().get(path).then().statusCode(404).contentType("application/problem+json");
        }
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void healthAndMetricsAnswerOnTheManagementPort() {
        given().get(health).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("UP"));
        given().get(metrics).then().statusCode(200).body(containsString("jvm_threads_live_threads"));
    }
}
