package vn.lgtq.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: the one shape of every error this API answers. */
@Schema(description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:lgtq:problem:";

    @Schema(description = "One invalid field or parameter")
    public record FieldError(String field, String message) {
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    static Problem of(Response.Status status, String kind, String detail) {
        return new Problem(TYPE_PREFIX + kind, status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }
}
