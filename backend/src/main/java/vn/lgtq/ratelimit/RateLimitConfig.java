package vn.lgtq.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lgtq.rate-limit")
public interface RateLimitConfig {
    /**
     * Key (base64, at least 32 bytes) of the HMAC that turns a client address into the stored key; from the
     * environment (LGTQ_RATE_LIMIT_KEY), the same on every instance so that they share budgets.
     */
    String key();

    /** Requests per client and minute on the rate-limited endpoints ({@link RateLimited#cost()} each). */
    @WithDefault("60")
    int requestsPerMinute();
}
