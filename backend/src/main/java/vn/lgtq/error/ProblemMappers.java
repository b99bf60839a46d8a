package vn.lgtq.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.HibernateException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into problem+json; nothing internal (stack, SQL, class names) reaches the caller. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Jackson's words for a key given twice (JsonParser.Feature.STRICT_DUPLICATE_DETECTION, see JsonInput). */
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '([^\\p{Cntrl}']{1,100})'");

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        Problem base = Problem.of(Status.BAD_REQUEST, "validation", "Dữ liệu gửi lên không hợp lệ.");
        return new Problem(base.type(), base.title(), base.status(), base.detail(), errors).toResponse();
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadable(JsonProcessingException e) {
        Problem base = unreadableBody();
        if (e instanceof InputRules.Rejected rejected) {
            return new Problem(base.type(), base.title(), base.status(), base.detail(),
                    List.of(new Problem.FieldError(path(rejected), rejected.reason()))).toResponse();
        }
        Problem duplicate = duplicateKey(e);
        if (duplicate != null) {
            return duplicate.toResponse();
        }
        if (e instanceof StreamConstraintsException) {
            return new Problem(base.type(), base.title(), base.status(),
                    "Nội dung JSON vượt giới hạn cho phép (độ sâu lồng nhau, độ dài chuỗi hoặc số).", null).toResponse();
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            return new Problem(base.type(), base.title(), base.status(), base.detail(),
                    List.of(new Problem.FieldError(field, "giá trị sai kiểu hoặc không thuộc danh sách cho phép")))
                    .toResponse();
        }
        return base.toResponse();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized() {
        return Response.fromResponse(Problem.of(Status.UNAUTHORIZED, "unauthorized",
                        "Cần đăng nhập: thiếu token hoặc token không hợp lệ.").toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Status.FORBIDDEN, "forbidden", "Vai trò của bạn không có quyền này.").toResponse();
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale() {
        return staleVersion().toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getResponse().getEntity() instanceof Problem problem) {
            return problem.toResponse(); // a parameter converter's own answer (see ParamInput)
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("Request failed", e);
            return internal();
        }
        Problem duplicate = duplicateKey(e);
        if (duplicate != null) {
            return duplicate.toResponse();
        }
        if (status.getStatusCode() == 400) {
            return unreadableBody().toResponse(); // the framework's own 400s come from bodies it could not read
        }
        return new Problem(Problem.TYPE_PREFIX + "http-" + status.getStatusCode(), status.getReasonPhrase(),
                status.getStatusCode(), detailFor(status.getStatusCode()), null).toResponse();
    }

    /**
     * What the database refused (a unique, foreign-key or check constraint, a value out of its range, a concurrent
     * writer), also when it surfaces at flush or commit wrapped in other exceptions: see {@link Constraints}.
     */
    @ServerExceptionMapper({PersistenceException.class, HibernateException.class, RollbackException.class,
            ArcUndeclaredThrowableException.class})
    public Response persistence(Throwable e) {
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause.getClass().getName().endsWith("MultipartParser$MalformedMessageException")) {
                return Problem.of(Status.BAD_REQUEST, "unreadable",
                        "Nội dung multipart/form-data không đọc được (tên tệp hoặc phần đầu không hợp lệ).").toResponse();
            }
        }
        var problem = Constraints.problemFor(e);
        if (problem.isPresent()) {
            LOG.debugf("Refused by the database: %s", e);
            return problem.get().toResponse();
        }
        LOG.error("Unexpected failure", e);
        return internal();
    }

    /** A JSON object that gives a key twice (refused by the parser, see JsonInput), wherever it was wrapped. */
    private static Problem duplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(cause.getMessage()));
            if (cause instanceof JsonProcessingException && duplicate.find()) {
                Problem base = unreadableBody();
                return new Problem(base.type(), base.title(), base.status(), base.detail(), List.of(
                        new Problem.FieldError(duplicate.group(1), "trường bị lặp lại trong cùng một đối tượng JSON")));
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("."));
    }

    private static Problem unreadableBody() {
        return Problem.of(Status.BAD_REQUEST, "unreadable", "Nội dung JSON không đọc được.");
    }

    public static Problem staleVersion() {
        return Problem.of(Status.CONFLICT, "stale-version",
                "Bản ghi đã được người khác thay đổi; hãy tải lại rồi sửa lại.");
    }

    private static Response internal() {
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "internal", "Lỗi hệ thống; vui lòng thử lại sau.")
                .toResponse();
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "Không tìm thấy.";
            case 405 -> "Phương thức không được hỗ trợ.";
            case 406 -> "Không có định dạng trả về phù hợp.";
            case 415 -> "Định dạng nội dung không được hỗ trợ; hãy gửi application/json.";
            default -> "Yêu cầu không thực hiện được.";
        };
    }

    /** "create.body.code" → "code", "list.params.size" → "size": the name the caller sent. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String[] parts = violation.getPropertyPath().toString().split("\\.");
        if (parts.length >= 3 && parts[1].equals("body")) {
            return String.join(".", Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }
}
