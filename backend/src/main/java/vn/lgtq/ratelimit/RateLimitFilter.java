package vn.lgtq.ratelimit;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.lgtq.error.Problem;

/**
 * Charges {@link RateLimited} resource methods after matching, whatever spelling of the path led there. The client
 * is the connection's address as Quarkus reports it: a forwarded address counts only when a trusted proxy
 * (quarkus.http.proxy.trusted-proxies) sent it, so a client cannot pick its own key.
 */
public class RateLimitFilter {
    @Inject
    RateLimiter limiter;

    /** Runs on the endpoint's worker thread (the counter is a database statement). */
    @ServerRequestFilter
    public Response limit(ResourceInfo resource, HttpServerRequest request) {
        RateLimited limited = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (limited == null && resource.getResourceClass() != null) {
            limited = resource.getResourceClass().getAnnotation(RateLimited.class);
        }
        if (limited == null) {
            return null;
        }
        String address = request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress();
        RateLimiter.Charge charge = limiter.charge(address, limited.cost());
        if (charge.allowed()) {
            return null;
        }
        return Response.fromResponse(new Problem(Problem.TYPE_PREFIX + "too-many-requests", "Too Many Requests", 429,
                        "Bạn gửi quá nhiều yêu cầu; vui lòng thử lại sau " + charge.secondsLeft() + " giây.", null)
                        .toResponse())
                .header("Retry-After", charge.secondsLeft()).build();
    }
}
