package vn.lgtq.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * Counts requests per client and minute in PostgreSQL, so that every backend instance draws on the same budget and
 * the count costs no memory here. One statement per request; each instance clears past minutes once a minute.
 */
@ApplicationScoped
public class RateLimiter {
    /** The window is the database's minute, not this machine's: instances with skewed clocks still agree. */
    private static final String CHARGE = """
            INSERT INTO rate_limit AS r (client_hash, window_start, used)
            VALUES (?, date_trunc('minute', now()), ?)
            ON CONFLICT (client_hash, window_start) DO UPDATE SET used = r.used + EXCLUDED.used
            RETURNING r.used, extract(epoch FROM r.window_start)::bigint,
                      ceil(extract(epoch FROM r.window_start + interval '1 minute' - now()))::int""";
    private static final String PURGE = "DELETE FROM rate_limit WHERE window_start < date_trunc('minute', now())";
    /** Dotted IPv4 or IPv6 (has a colon): InetAddress parses these without a name lookup. */
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*");

    @Inject
    DataSource dataSource;

    @Inject
    RateLimitConfig config;

    private final AtomicLong purgedBefore = new AtomicLong();

    /** What the charge left: the count of the current minute, and the seconds until the next one. */
    public record Charge(int used, int limit, int secondsLeft) {
        public boolean allowed() {
            return used <= limit;
        }
    }

    /** Adds cost to the client's count of the current minute. */
    public Charge charge(String clientAddress, int cost) {
        try (Connection c = dataSource.getConnection()) {
            long window;
            Charge charge;
            try (PreparedStatement insert = c.prepareStatement(CHARGE)) {
                insert.setBytes(1, clientKey(clientAddress));
                insert.setInt(2, cost);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    charge = new Charge(row.getInt(1), config.requestsPerMinute(), Math.max(1, row.getInt(3)));
                    window = row.getLong(2);
                }
            }
            long purged = purgedBefore.get();
            if (window > purged && purgedBefore.compareAndSet(purged, window)) {
                try (PreparedStatement purge = c.prepareStatement(PURGE)) {
                    purge.executeUpdate();
                }
            }
            return charge;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the request", e);
        }
    }

    /**
     * HMAC-SHA-256 of the address under the configured key. An IPv6 client is its /64: one subscriber gets a whole
     * /64 and could otherwise take a fresh budget per address.
     */
    public byte[] clientKey(String address) {
        byte[] subject = address.getBytes(StandardCharsets.UTF_8);
        if (IP_LITERAL.matcher(address).matches()) {
            try {
                byte[] ip = InetAddress.getByName(address).getAddress();
                subject = ip.length == 16 ? Arrays.copyOf(ip, 8) : ip;
            } catch (UnknownHostException e) {
                // not a valid literal after all: the text itself tells this client apart
            }
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(config.key()), "HmacSHA256"));
            return mac.doFinal(subject);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
