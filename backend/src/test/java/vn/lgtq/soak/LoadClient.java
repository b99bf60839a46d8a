package vn.lgtq.soak;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The soak's clients, in a process of their own that {@link SoakBench} starts at the lowest CPU priority: clients
 * of a real server run on other machines, so here they must not take the backend's two cores. Sends the requests
 * round-robin over the endpoints from many threads; prints latencies per endpoint, the statuses, and a last line
 * {@code load: failures N} (responses of 500 and above, or no answer).
 * Arguments: requests, clients, bearer token, then one endpoint per argument as name|auth|url (auth: true/false).
 */
public final class LoadClient {
    private static final String FAILURES = "load: failures ";

    private LoadClient() {
    }

    public static void main(String[] args) throws InterruptedException {
        int requests = Integer.parseInt(args[0]);
        int clients = Integer.parseInt(args[1]);
        String token = args[2];
        String[][] endpoints = Arrays.stream(args, 3, args.length).map(a -> a.split("\\|", 3)).toArray(String[][]::new);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        long[] latency = new long[requests];
        Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
        LongAdder failures = new LongAdder();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long began = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    String[] endpoint = endpoints[i % endpoints.length];
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint[2]))
                            .timeout(Duration.ofSeconds(60));
                    if (Boolean.parseBoolean(endpoint[1])) {
                        request.header("Authorization", "Bearer " + token);
                    }
                    // Citizens behind the trusted proxy, each with its own address: the public budget is per client.
                    request.header("X-Forwarded-For", "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
                    long sent = System.nanoTime();
                    try {
                        int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        statuses.computeIfAbsent(endpoint[0] + " " + status, k -> new LongAdder()).increment();
                        if (status >= 500) {
                            failures.increment();
                        }
                    } catch (Exception e) {
                        failures.increment();
                    }
                    latency[i] = System.nanoTime() - sent;
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf(Locale.ROOT, "soak: %,d requests from %d clients in %.1f s (%.0f per second)%n", requests,
                clients, seconds, requests / seconds);
        for (int e = 0; e < endpoints.length; e++) {
            int endpoint = e;
            long[] own = IntStream.range(0, requests).filter(i -> i % endpoints.length == endpoint)
                    .mapToLong(i -> latency[i]).sorted().toArray();
            System.out.printf(Locale.ROOT, "soak: %-34s %,7d requests, p50 %.1f ms, p99 %.1f ms%n", endpoints[e][0],
                    own.length, percentile(own, 0.50) / 1e6, percentile(own, 0.99) / 1e6);
        }
        Map<String, Long> sorted = new TreeMap<>();
        statuses.forEach((k, v) -> sorted.put(k, v.sum()));
        System.out.println("soak: statuses " + sorted);
        System.out.println(FAILURES + failures.sum());
    }

    /**
     * Runs the clients in a process of their own; hands each line of their report to the consumer and returns their
     * failures. Niced (nice 19), they do not take the backend's CPU, as clients of a real server elsewhere would not:
     * right for measuring the backend's latency under load. Not niced, they share the machine fairly: right for its
     * throughput (niced clients could not send fast enough).
     */
    public static long start(int requests, int clients, String token, List<String> endpoints, boolean niced,
            Consumer<String> report) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("nice", "-n", niced ? "19" : "0",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", Path.of("target", "test-classes").toAbsolutePath().toString(), LoadClient.class.getName(),
                String.valueOf(requests), String.valueOf(clients), token));
        command.addAll(endpoints);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long failures = -1;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith(FAILURES)) {
                    failures = Long.parseLong(line.substring(FAILURES.length()));
                } else {
                    report.accept(line);
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the load client ended with " + process.exitValue());
        }
        return failures;
    }

    static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(p * sorted.length) - 1];
    }
}
