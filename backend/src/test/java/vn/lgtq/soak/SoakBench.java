package vn.lgtq.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.TestTokens;
import vn.lgtq.testing.TestUnits;

/**
 * `make bench` (or `make bench BENCH=SoakBench`): 100,000 requests (-Dsoak.requests) over a mix of endpoints from
 * 32 clients ({@link LoadClient}, a process of its own at the lowest CPU priority) against the test instance with
 * the bench's Sơn La-size data, while a prober in the backend's JVM reads health on the management port.
 * Prints file descriptors, live threads and used heap at start and end, and latencies; asserts only counts (no
 * 5xx, file descriptors flat), never times, so it holds on a busy machine.
 */
@QuarkusTest
class SoakBench {
    private static final int REQUESTS = Integer.getInteger("soak.requests", 100_000);
    private static final int CLIENTS = 32;

    @TestHTTPResource(value = "health/ready", management = true) // under the management root, /q
    URL health;

    @TestHTTPResource(value = "health/live", management = true)
    URL liveness;

    @Test
    void aHundredThousandRequestsLeaveFileDescriptorsThreadsAndHeapFlat() throws Exception {
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        long hamlet = TestUnits.current("04105-TK20");
        List<String> mix = List.of(
                "health (management port)|false|" + health,
                "GET /api/v1/me|true|" + base + "/api/v1/me",
                "GET /api/v1/households (a page)|true|" + base + "/api/v1/households?page=0&size=20",
                "GET /api/v1/groups|true|" + base + "/api/v1/groups?page=0&size=20",
                "GET /api/v1/units/{id}|true|" + base + "/api/v1/units/" + hamlet,
                "GET /api/v1/public/units?q=|false|" + base + "/api/v1/public/units?q=mai%20son",
                "GET missing household (404)|true|" + base + "/api/v1/households/987654321");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        load(mix, 50 * CLIENTS, false); // warm-up: connections, pools, caches, JIT
        Snapshot start = Snapshot.take();
        List<Long> readyDuringLoad = new ArrayList<>();
        List<Long> liveDuringLoad = new ArrayList<>();
        AtomicInteger running = new AtomicInteger(1);
        Thread prober = new Thread(() -> probe(client, running, readyDuringLoad, liveDuringLoad), "soak-health-prober");
        prober.start();
        long failures = load(mix, REQUESTS, true);
        running.set(0);
        prober.join();
        Snapshot end = Snapshot.take();

        System.out.printf(Locale.ROOT, "soak: backend start %s%nsoak: backend end   %s%n", start, end);
        for (var probes : List.of(Map.entry("ready (takes a database connection)", readyDuringLoad),
                Map.entry("live", liveDuringLoad))) {
            long[] p = percentiles(probes.getValue().stream().mapToLong(Long::longValue).toArray());
            System.out.printf(Locale.ROOT, "soak: health %s during the load (prober, %d probes): p50 %s, p99 %s%n",
                    probes.getKey(), probes.getValue().size(), ms(p[0]), ms(p[1]));
        }
        System.out.printf("soak: errors (>= 500 or no answer): %d; file descriptors %+d%n%n", failures,
                end.fds() - start.fds());

        assertEquals(0, failures, "responses >= 500 or requests without an answer");
        assertTrue(end.fds() - start.fds() < 50, "file descriptors grew by " + (end.fds() - start.fds()));
    }

    private long load(List<String> mix, int requests, boolean report) throws Exception {
        return LoadClient.start(requests, CLIENTS, TestTokens.token("hamlet", "04105-TK20", "hamlet-leader"), mix, true,
                line -> {
                    if (report) {
                        System.out.println(line);
                    }
                });
    }

    /** Alternates readiness and liveness, one probe every 20 ms, on its own thread beside the load. */
    private void probe(HttpClient client, AtomicInteger running, List<Long> ready, List<Long> live) {
        for (int n = 0; running.get() == 1; n++) {
            List<Long> latencies = n % 2 == 0 ? ready : live;
            HttpRequest request = HttpRequest.newBuilder(URI.create((n % 2 == 0 ? health : liveness).toString()))
                    .timeout(Duration.ofSeconds(30)).build();
            long sent = System.nanoTime();
            try {
                client.send(request, HttpResponse.BodyHandlers.discarding());
                latencies.add(System.nanoTime() - sent);
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                latencies.add(Long.MAX_VALUE); // no answer counts as the slowest
            }
        }
    }

    private static long[] percentiles(long[] values) {
        if (values.length == 0) {
            return new long[] {0, 0};
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return new long[] {sorted[(int) Math.ceil(0.50 * sorted.length) - 1],
                sorted[(int) Math.ceil(0.99 * sorted.length) - 1]};
    }

    private static String ms(long nanos) {
        return nanos == Long.MAX_VALUE ? "no answer" : String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    /** What this JVM (the backend; the clients run in a process of their own) holds. */
    private record Snapshot(int fds, int threads, long heapBytes) {
        static Snapshot take() {
            System.gc();
            String[] fds = new File("/proc/self/fd").list();
            return new Snapshot(fds == null ? 0 : fds.length, ManagementFactory.getThreadMXBean().getThreadCount(),
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "file descriptors %d, live threads %d, used heap %.1f MB", fds, threads,
                    heapBytes / 1048576.0);
        }
    }
}
