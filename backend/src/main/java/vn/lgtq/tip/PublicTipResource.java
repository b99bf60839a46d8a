package vn.lgtq.tip;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lgtq.ratelimit.RateLimited;

/** For citizens without an account; every method is rate-limited per client ({@link RateLimited}). */
@Path("/api/v1/public")
@Tag(name = "Public tips", description = "Anonymous tips from citizens and following them with the tracking code")
@SecurityRequirementsSet
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicTipResource {
    @Inject
    PublicTipService tips;

    @GET
    @Path("units")
    @RateLimited(cost = 1)
    @Operation(operationId = "listPublicUnits", summary = "Communes by name, or the hamlets of a commune")
    public List<TipDtos.PublicUnit> units(@QueryParam("communeId") Long communeId, @QueryParam("q") String q) {
        return tips.units(communeId, q);
    }

    @POST
    @Path("tips")
    @RateLimited(cost = 5)
    @Operation(operationId = "createPublicTip", summary = "File a tip anonymously; the answer holds the tracking code")
    @APIResponse(responseCode = "201", description = "Filed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TipDtos.PublicCreated.class)))
    public Response create(@Valid @NotNull TipDtos.PublicCreate body) {
        return Response.status(Response.Status.CREATED).entity(tips.file(body)).build();
    }

    @GET
    @Path("tips/{code}")
    @RateLimited(cost = 1)
    @Operation(operationId = "getPublicTip", summary = "Status and messages of a tip, by its tracking code")
    public TipDtos.PublicView get(@PathParam("code") String code) {
        return tips.view(code);
    }

    @POST
    @Path("tips/{code}/messages")
    @RateLimited(cost = 5)
    @Operation(operationId = "addPublicTipMessage", summary = "Add information or answer the police, by tracking code")
    public TipDtos.PublicView message(@PathParam("code") String code, @Valid @NotNull TipDtos.Message body) {
        return tips.addMessage(code, body);
    }
}
