package vn.lgtq.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The public tip endpoints' budget (40 per minute in tests) holds against other spellings of the path, against
 * forwarded addresses from untrusted sources, and across instances. Requests go over raw sockets: HTTP clients
 * normalise paths, and only a socket can pick its source address (127.0.0.2 is not a trusted proxy).
 */
@QuarkusTest
class PublicRateLimitTest {
    private static final String UNITS = "/api/v1/public/units?q=mai";
    /** A minute can turn during a loop: within two budgets plus one, a limited client must have been refused. */
    private static final int ENOUGH = 2 * 40 + 1;

    @Inject
    DataSource dataSource;

    @Inject
    RateLimiter limiter;

    @Inject
    RateLimitConfig config;

    @Test
    void everySpellingOfThePublicPathIsCounted() throws IOException {
        for (String path : List.of("/api/v1//public/units?q=mai", "/api/v1/%70ublic/units?q=mai",
                "/api/v1/./public/units?q=mai", "/api/v1/x/../public/units?q=mai", "//api/v1/public//units?q=mai")) {
            List<Integer> statuses = untilLimited("127.0.0.1", path, freshAddress());
            int first = statuses.get(0);
            assertTrue(first == 404 || statuses.contains(429), path + " reached the resource unlimited: " + statuses);
            if (first != 404) {
                assertEquals(200, first, path);
            }
        }
    }

    @Test
    void theSpellingsShareOneBudget() throws IOException {
        String client = freshAddress();
        String[] paths = {UNITS, "/api/v1//public/units?q=mai", "/api/v1/%70ublic/units?q=mai"};
        int status = 0;
        for (int i = 0; i < ENOUGH && status != 429; i++) {
            status = get("127.0.0.1", paths[i % paths.length], client);
        }
        assertEquals(429, status);
    }

    @Test
    void aForwardedAddressFromAnUntrustedSourceDoesNotChangeTheKey() throws IOException {
        int status = 0;
        int sent = 0;
        while (sent < ENOUGH && status != 429) {
            status = get("127.0.0.2", UNITS, freshAddress()); // a new made-up address each time
            sent++;
        }
        assertEquals(429, status, "127.0.0.2 chose its own key through X-Forwarded-For");
        assertTrue(sent > 1);
    }

    @Test
    void twoClientsBehindTheTrustedProxyHaveTheirOwnBudgets() throws IOException {
        String first = freshAddress();
        assertTrue(untilLimited("127.0.0.1", UNITS, first).contains(429));
        assertEquals(429, get("127.0.0.1", UNITS, first));
        assertEquals(200, get("127.0.0.1", UNITS, freshAddress()));
    }

    @Test
    void theCountIsInPostgresqlWhereAnotherInstanceSeesIt() throws IOException, SQLException {
        String client = freshAddress();
        assertTrue(untilLimited("127.0.0.1", UNITS, client).contains(429));
        assertTrue(storedCount(limiter.clientKey(client)) >= 40);
        assertFalse(storedAddress(client), "the address itself is stored");

        RateLimiter other = new RateLimiter(); // another backend: its own object, the same database and key
        other.dataSource = dataSource;
        other.config = config;
        assertFalse(other.charge(client, 1).allowed());
        assertTrue(other.charge(freshAddress(), 1).allowed());
    }

    @Test
    void anIpv6ClientIsItsSlash64() {
        assertEquals(HexFormat.of().formatHex(limiter.clientKey("2001:db8:1:2::1")),
                HexFormat.of().formatHex(limiter.clientKey("2001:db8:1:2:ffff::9")));
        assertFalse(Arrays.equals(limiter.clientKey("2001:db8:1:2::1"), limiter.clientKey("2001:db8:1:3::1")));
        assertFalse(Arrays.equals(limiter.clientKey("203.0.113.1"), limiter.clientKey("203.0.113.2")));
    }

    @Test
    void forwardedIpv6ClientsAreCountedPerSlash64() throws IOException {
        String prefix = "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":";
        assertTrue(untilLimited("127.0.0.1", UNITS, prefix + "1::1").contains(429));
        assertEquals(429, get("127.0.0.1", UNITS, prefix + "1::2"), "another address of the same /64");
        assertEquals(200, get("127.0.0.1", UNITS, prefix + "2::1"), "the next /64");
    }

    private static List<Integer> untilLimited(String source, String path, String forwardedFor) throws IOException {
        List<Integer> statuses = new ArrayList<>();
        int status = 0;
        for (int i = 0; i < ENOUGH && status != 429 && status != 404; i++) {
            status = get(source, path, forwardedFor);
            statuses.add(status);
        }
        return statuses;
    }

    /** The status of a GET sent as is from the source address, with the X-Forwarded-For header. */
    static int get(String source, String target, String forwardedFor) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 5_000);
            socket.setSoTimeout(30_000);
            String request = "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: " + forwardedFor
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private static String freshAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.51." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    private long storedCount(byte[] key) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT coalesce(sum(used), 0) FROM rate_limit WHERE client_hash = ?")) {
            q.setBytes(1, key);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private boolean storedAddress(String address) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT count(*) FROM rate_limit WHERE position(convert_to(?, 'UTF8') IN client_hash) > 0")) {
            q.setString(1, address);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }
}
