package vn.lgtq.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers on every response, errors and 401s included (set when the headers are written, whoever wrote the
 * body): no MIME sniffing, no referrer, and nothing of the API kept by browsers or proxies. Almost every API
 * answer carries personal or informant data and none is worth caching, so the rule has no exceptions there;
 * only the management paths under {@code /q/} may be cached.
 */
@ApplicationScoped
public class SecurityHeaders {
    void register(@Observes Filters filters) {
        filters.register(SecurityHeaders::addOnEnd, 100);
    }

    private static void addOnEnd(RoutingContext rc) {
        rc.addHeadersEndHandler(ignored -> apply(rc.normalizedPath(), rc.response().headers()));
        rc.next();
    }

    static void apply(String path, MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if (path == null || !path.startsWith("/q/")) {
            headers.set("Cache-Control", "no-store");
        }
    }
}
