package vn.lgtq.keyarea;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import vn.lgtq.keyarea.KeyAreaDtos.Dto;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.Roles;

@Path("/api/v1/key-areas")
@Tag(name = "Key areas", description = "Officers' register of key complex areas for security and order and when"
        + " each was transformed")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KeyAreaResource {
    @Inject
    KeyAreaService areas;

    @GET
    @Operation(operationId = "listKeyAreas", summary = "Key areas of the caller's scope, newest listed first (sort"
            + " listedOn, transformedOn or name, \"-\" for descending)")
    public KeyAreaDtos.Page list(@BeanParam KeyAreaFilter filter, @Valid @BeanParam PageParams paging) {
        return areas.list(filter, paging);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getKeyArea", summary = "A key area")
    public Dto get(@PathParam("id") long id) {
        return areas.get(id);
    }

    @POST
    @Operation(operationId = "createKeyArea", summary = "List a commune's or hamlet's key area")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dto.class)))
    public Response create(@Valid @NotNull KeyAreaDtos.Create body, @Context UriInfo uri) {
        Dto created = areas.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateKeyArea", summary = "Edit a key area, e.g. record that it was transformed")
    public Dto update(@PathParam("id") long id, @Valid @NotNull KeyAreaDtos.Update body) {
        return areas.update(id, body);
    }
}
