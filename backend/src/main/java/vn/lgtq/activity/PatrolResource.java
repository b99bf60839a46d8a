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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lgtq.activity.ActivityDtos.PatrolDto;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.Roles;

@Path("/api/v1/patrols")
@Tag(name = "Activities")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PatrolResource {
    @Inject
    PatrolService patrols;

    @POST
    @Operation(operationId = "createPatrol", summary = "Record a patrol of a hamlet")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatrolDto.class)))
    public Response create(@Valid @NotNull ActivityDtos.PatrolInput body, @Context UriInfo uri) {
        PatrolDto patrol = patrols.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(patrol.id())).build())
                .entity(patrol).build();
    }

    @GET
    @Operation(operationId = "listPatrols", summary = "Patrols in scope started within the days from..to, newest first")
    public ActivityDtos.PatrolPage list(@BeanParam ActivityFilter filter, @Valid @BeanParam PageParams paging) {
        return patrols.list(filter, paging);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPatrol", summary = "A patrol")
    public PatrolDto get(@PathParam("id") long id) {
        return patrols.get(id);
    }
}
