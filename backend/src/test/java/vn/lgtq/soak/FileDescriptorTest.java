package vn.lgtq.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.TestTokens;

/**
 * A guard against per-request resource leaks (one leaked socket per request once stopped the backend after
 * about 20,000 requests): counts, not times, so it holds on a noisy machine. The long soak is in `make bench`.
 */
@QuarkusTest
class FileDescriptorTest {
    private static final int REQUESTS = 2_000;

    @TestHTTPResource(value = "health/live", management = true) // under the management root, /q
    URL health;

    @Test
    void twoThousandRequestsLeaveTheOpenFileDescriptorsFlat() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        String token = TestTokens.token("hamlet", "04105-TK20", "hamlet-leader");
        HttpRequest health = HttpRequest.newBuilder(this.health.toURI()).build();
        HttpRequest me = HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).header("X-Forwarded-For", "203.0.113.7").build();
        HttpRequest missing = HttpRequest.newBuilder(URI.create(base + "/api/v1/public/tips/KHONGCO"))
                .header("X-Forwarded-For", "203.0.113.8").build();
        HttpRequest[] mix = {health, me, missing};
        for (int i = 0; i < 100; i++) { // warm-up: pools, caches and lazily opened files
            client.send(mix[i % mix.length], HttpResponse.BodyHandlers.discarding());
        }
        int before = openFileDescriptors();
        int failures = 0;
        for (int i = 0; i < REQUESTS; i++) {
            int status = client.send(mix[i % mix.length], HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 500) {
                failures++;
            }
        }
        int after = openFileDescriptors();
        System.out.printf("File descriptors: %d before, %d after %d requests%n", before, after, REQUESTS);
        assertEquals(0, failures, "responses >= 500");
        assertTrue(after - before < 20, "file descriptors opened and not closed: " + (after - before));
    }

    private static int openFileDescriptors() {
        String[] fds = new File("/proc/self/fd").list();
        return fds == null ? 0 : fds.length;
    }
}
