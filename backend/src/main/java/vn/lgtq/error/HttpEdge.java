package vn.lgtq.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The HTTP layer below the REST resources answers in the same problem+json shape: a request line, headers or body
 * over the limits (414, 431, 413), a failure no resource handled, and a path no route serves. Vert.x's own
 * decoder limits (quarkus.http.limits.max-initial-line-length, max-header-size) are set above the ones checked
 * here, so that a request that is merely too long reaches this answer instead of a bare status line.
 */
@ApplicationScoped
public class HttpEdge {
    private static final Logger LOG = Logger.getLogger(HttpEdge.class);
    /** Below Quarkus' own upload limit (order -2), so that this check answers first. */
    private static final int ORDER_LIMITS = -3;
    private static final int ORDER_NOT_FOUND = 1_000_000;
    static final int MAX_URI = 8 * 1024;
    static final int MAX_HEADERS = 16 * 1024;

    private static final Map<Integer, String> DETAILS = Map.of(
            400, "Yêu cầu HTTP không hợp lệ.",
            404, "Không tìm thấy.",
            405, "Phương thức không được hỗ trợ.",
            413, "Nội dung gửi lên quá lớn.",
            414, "Địa chỉ (URL) hoặc chuỗi truy vấn quá dài.",
            415, "Định dạng nội dung không được hỗ trợ.",
            431, "Phần đầu (header) của yêu cầu quá lớn.");

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void install(@Observes Router router) {
        router.route().order(ORDER_LIMITS).handler(this::limits);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        router.route().order(ORDER_NOT_FOUND).handler(ctx -> {
            if (ctx.normalizedPath().startsWith("/q/")) {
                ctx.next();
            } else {
                answer(ctx, 404, false);
            }
        });
    }

    private void limits(RoutingContext ctx) {
        if (ctx.request().uri().length() > MAX_URI) {
            answer(ctx, 414, true);
            return;
        }
        int headers = 0;
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            headers += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headers > MAX_HEADERS) {
            answer(ctx, 431, true);
            return;
        }
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && maxBodySize.isPresent()) {
            try {
                if (Long.parseLong(length.trim()) > maxBodySize.get().asLongValue()) {
                    answer(ctx, 413, true);
                    return;
                }
            } catch (NumberFormatException e) {
                answer(ctx, 400, true);
                return;
            }
        }
        ctx.next();
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        Throwable failure = ctx.failure();
        if (failure instanceof io.quarkus.security.AuthenticationException
                || failure instanceof io.quarkus.security.UnauthorizedException
                || failure instanceof io.quarkus.security.ForbiddenException) {
            ctx.next(); // the security layer sends its own challenge
            return;
        }
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        if (failure instanceof io.vertx.ext.web.handler.HttpException http && http.getStatusCode() >= 400) {
            status = http.getStatusCode();
        }
        if (status >= 500) {
            LOG.error("Request failed below the REST layer", failure);
        }
        answer(ctx, status, status == 413);
    }

    private void answer(RoutingContext ctx, int status, boolean close) {
        String detail = status >= 500 ? "Lỗi hệ thống; vui lòng thử lại sau."
                : DETAILS.getOrDefault(status, "Yêu cầu không thực hiện được.");
        String kind = switch (status) {
            case 404 -> "not-found";
            case 413 -> "too-large";
            case 500 -> "internal";
            default -> "http-" + status;
        };
        io.netty.handler.codec.http.HttpResponseStatus reason = io.netty.handler.codec.http.HttpResponseStatus.valueOf(status);
        Problem problem = new Problem(Problem.TYPE_PREFIX + kind, reason.reasonPhrase(), status, detail, null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (Exception e) {
            body = "{\"status\":" + status + "}";
        }
        HttpServerResponse response = ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            // The body was not read: the connection cannot carry another request.
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(ended -> ctx.request().connection().close());
        }
        response.end(body);
    }
}
