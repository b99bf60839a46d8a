package vn.lgtq.tip;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.lgtq.error.Problem;

/**
 * Limits requests to the public tip endpoints per client and minute. Clients are told apart by a salted hash
 * of their address, held in memory for the current minute only: no address is stored.
 */
@Singleton
public class PublicRateLimiter {
    private static final String PUBLIC_PATH = "/api/v1/public/";

    private final byte[] salt = new byte[16];
    private final Map<String, AtomicInteger> used = new ConcurrentHashMap<>();
    private volatile long minute;

    /** Looked up per request: the filter is created before runtime configuration is ready. */
    @Inject
    Provider<TipConfig> config;

    PublicRateLimiter() {
        new SecureRandom().nextBytes(salt);
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(HttpServerRequest request) {
        String path = request.path();
        if (!path.startsWith(PUBLIC_PATH)) {
            return null;
        }
        long now = System.currentTimeMillis() / 60_000;
        if (now != minute) {
            used.clear();
            minute = now;
        }
        int cost = "GET".equals(request.method().name()) ? 1 : 5;
        int total = used.computeIfAbsent(client(request), k -> new AtomicInteger()).addAndGet(cost);
        if (total <= config.get().publicRequestsPerMinute()) {
            return null;
        }
        long retryAfter = 60 - (System.currentTimeMillis() / 1000) % 60;
        return Response.fromResponse(new Problem(Problem.TYPE_PREFIX + "too-many-requests", "Too Many Requests", 429,
                        "Bạn gửi quá nhiều yêu cầu; vui lòng thử lại sau " + retryAfter + " giây.", null).toResponse())
                .header("Retry-After", retryAfter).build();
    }

    private String client(HttpServerRequest request) {
        String address = request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return HexFormat.of().formatHex(digest.digest(address.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
