package vn.lgtq;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import vn.lgtq.error.Problem;

@OpenAPIDefinition(
        info = @Info(title = "LGTQ API", version = "1.0.0",
                description = "Nhóm liên gia tự quản về an ninh trật tự (self-managed inter-household security groups):"
                        + " administrative units and everything the groups do. Every call needs an OIDC bearer token;"
                        + " each caller sees only the subtree of the administrative unit it is attached to.",
                contact = @Contact(name = "LGTQ"),
                license = @License(name = "Proprietary", identifier = "LicenseRef-LGTQ")),
        security = @SecurityRequirement(name = "keycloak"),
        servers = @Server(url = "/", description = "The server that serves this document"),
        components = @Components(responses = @APIResponse(name = "Problem", description = "RFC 9457 problem details",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))))
public class LgtqApi extends Application {
}
