package vn.lgtq.error;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/** A failure the caller can act on, answered as problem+json with its status. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    private ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException of(Problem problem) {
        return new ProblemException(problem);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(Status.NOT_FOUND, "not-found", detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(Status.FORBIDDEN, "forbidden", detail));
    }

    public static ProblemException conflict(String kind, String detail) {
        return new ProblemException(Problem.of(Status.CONFLICT, kind, detail));
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(new Problem(Problem.TYPE_PREFIX + "too-large", "Content Too Large", 413, detail, null));
    }

    public static ProblemException unsupportedType(String detail) {
        return new ProblemException(Problem.of(Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-type", detail));
    }

    public static ProblemException invalid(String field, String message) {
        Problem base = Problem.of(Status.BAD_REQUEST, "validation", "Dữ liệu gửi lên không hợp lệ.");
        return new ProblemException(new Problem(base.type(), base.title(), base.status(), base.detail(),
                List.of(new Problem.FieldError(field, message))));
    }
}
