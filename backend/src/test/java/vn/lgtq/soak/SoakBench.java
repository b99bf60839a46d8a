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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.TestTokens;
import vn.lgtq.testing.TestUnits;

/**
 * `make bench` (or `make bench BENCH=SoakBench`): 100,000 requests (-Dsoak.requests) over a mix of endpoints from
 * 32 clients against the test instance with the demo data, while a prober reads health on the management port.
 * Prints file descriptors, live threads and used heap at start and end, and latencies; asserts only counts (no
 * 5xx, file descriptors flat), never times, so it holds on a busy machine.
 */
@QuarkusTest
class SoakBench {
    private static final int REQUESTS = Integer.getInteger("soak.requests", 100_000);
    private static final int CLIENTS = 32;
    private static final Duration TOKEN_LIFE = Duration.ofMinutes(5); // test tokens expire after 10

    @TestHTTPResource(value = "health/ready", management = true) // under the management root, /q
    URL health;

    @TestHTTPResource(value = "health/live", management = true)
    URL liveness;

    private final AtomicLong tokenMadeAt = new AtomicLong();
    private volatile String token;

    private record Endpoint(String name, boolean authenticated, int expected, String target) {
    }

    @Test
    void aHundredThousandRequestsLeaveFileDescriptorsThreadsAndHeapFlat() throws Exception {
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        long hamlet = TestUnits.current("04105-TK20");
        List<Endpoint> mix = List.of(
                new Endpoint("health (management port)", false, 200, health.toString()),
                new Endpoint("GET /api/v1/me", true, 200, base + "/api/v1/me"),
                new Endpoint("GET /api/v1/households (a page)", true, 200, base + "/api/v1/households?page=0&size=20"),
                new Endpoint("GET /api/v1/groups", true, 200, base + "/api/v1/groups?page=0&size=20"),
                new Endpoint("GET /api/v1/units/{id}", true, 200, base + "/api/v1/units/" + hamlet),
                new Endpoint("GET /api/v1/public/units?q=", false, 200, base + "/api/v1/public/units?q=mai%20son"),
                new Endpoint("GET missing household (404)", true, 404, base + "/api/v1/households/987654321"));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        run(client, mix, 50 * CLIENTS, null, null, null); // warm-up: connections, pools, caches, JIT
        Snapshot start = Snapshot.take();

        long[] latency = new long[REQUESTS];
        Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
        LongAdder failures = new LongAdder();
        List<Long> readyDuringLoad = new ArrayList<>();
        List<Long> liveDuringLoad = new ArrayList<>();
        AtomicInteger running = new AtomicInteger(1);
        Thread prober = new Thread(() -> probe(client, running, readyDuringLoad, liveDuringLoad), "soak-health-prober");
        prober.start();
        long began = System.nanoTime();
        run(client, mix, REQUESTS, latency, statuses, failures);
        double seconds = (System.nanoTime() - began) / 1e9;
        running.set(0);
        prober.join();
        Snapshot end = Snapshot.take();

        System.out.printf(Locale.ROOT, "%nsoak: %,d requests from %d clients in %.1f s (%.0f per second)%n",
                REQUESTS, CLIENTS, seconds, REQUESTS / seconds);
        System.out.printf(Locale.ROOT, "soak: start %s%nsoak: end   %s%n", start, end);
        for (var probes : List.of(Map.entry("ready (takes a database connection)", readyDuringLoad),
                Map.entry("live", liveDuringLoad))) {
            long[] p = percentiles(probes.getValue().stream().mapToLong(Long::longValue).toArray());
            System.out.printf(Locale.ROOT, "soak: health %s during the load (prober, %d probes): p50 %s, p99 %s%n",
                    probes.getKey(), probes.getValue().size(), ms(p[0]), ms(p[1]));
        }
        for (int e = 0; e < mix.size(); e++) {
            int endpoint = e;
            long[] own = java.util.stream.IntStream.range(0, REQUESTS).filter(i -> i % mix.size() == endpoint)
                    .mapToLong(i -> latency[i]).toArray();
            long[] p = percentiles(own);
            System.out.printf(Locale.ROOT, "soak: %-34s %,7d requests, p50 %s, p99 %s%n", mix.get(e).name(),
                    own.length, ms(p[0]), ms(p[1]));
        }
        Map<String, Long> sorted = new TreeMap<>();
        statuses.forEach((k, v) -> sorted.put(k, v.sum()));
        System.out.println("soak: statuses " + sorted);
        System.out.printf("soak: errors (>= 500 or no answer): %d; file descriptors %+d%n%n", failures.sum(),
                end.fds() - start.fds());

        assertEquals(0, failures.sum(), "responses >= 500 or requests without an answer");
        assertTrue(end.fds() - start.fds() < 50, "file descriptors grew by " + (end.fds() - start.fds()));
    }

    /** Sends count requests over the mix from 32 threads; records latency and status when asked to. */
    private void run(HttpClient client, List<Endpoint> mix, int count, long[] latency, Map<String, LongAdder> statuses,
            LongAdder failures) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger next = new AtomicInteger();
        for (int t = 0; t < CLIENTS; t++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    Endpoint endpoint = mix.get(i % mix.size());
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.target()))
                            .timeout(Duration.ofSeconds(60));
                    if (endpoint.authenticated()) {
                        request.header("Authorization", "Bearer " + token());
                    }
                    // Citizens behind the trusted proxy, each with its own address: the public budget is per client.
                    request.header("X-Forwarded-For", "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
                    long sent = System.nanoTime();
                    try {
                        int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (latency != null) {
                            latency[i] = System.nanoTime() - sent;
                            statuses.computeIfAbsent(endpoint.name() + " " + status, k -> new LongAdder()).increment();
                            if (status >= 500) {
                                failures.increment();
                            }
                        }
                    } catch (Exception e) {
                        if (failures != null) {
                            failures.increment();
                        }
                    }
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(2, TimeUnit.HOURS));
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

    private String token() {
        long now = System.nanoTime();
        long made = tokenMadeAt.get();
        if (token == null || now - made > TOKEN_LIFE.toNanos()) {
            synchronized (this) {
                if (token == null || System.nanoTime() - tokenMadeAt.get() > TOKEN_LIFE.toNanos()) {
                    token = TestTokens.token("hamlet", "04105-TK20", "hamlet-leader");
                    tokenMadeAt.set(System.nanoTime());
                }
            }
        }
        return token;
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

    /** What this JVM (the test client and the backend together) holds. */
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
