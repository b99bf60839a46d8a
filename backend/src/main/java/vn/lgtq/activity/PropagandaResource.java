package vn.lgtq.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lgtq.activity.ActivityDtos.PropagandaDto;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.Roles;

@Path("/api/v1/propaganda-sessions")
@Tag(name = "Activities")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PropagandaResource {
    @Inject
    PropagandaService sessions;

    @POST
    @Operation(operationId = "createPropagandaSession", summary = "Record a propaganda session of a hamlet")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PropagandaDto.class)))
    public Response create(@Valid @NotNull ActivityDtos.PropagandaInput body, @Context UriInfo uri) {
        PropagandaDto session = sessions.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(session.id())).build())
                .entity(session).build();
    }

    @GET
    @Operation(operationId = "listPropagandaSessions", summary = "Propaganda sessions in scope held within the days"
            + " from..to, newest first")
    public ActivityDtos.PropagandaPage list(@BeanParam ActivityFilter filter,
            @QueryParam("channel") PropagandaChannel channel, @Valid @BeanParam PageParams paging) {
        return sessions.list(filter, channel, paging);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPropagandaSession", summary = "A propaganda session")
    public PropagandaDto get(@PathParam("id") long id) {
        return sessions.get(id);
    }
}
