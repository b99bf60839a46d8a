package vn.lgtq.unit;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.Roles;

/** The same list / get / create / update / retire for each level's collection. */
@RolesAllowed({Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER, Roles.INTEGRATION})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class UnitLevelResource {
    @Inject
    UnitService units;

    protected abstract UnitLevel level();

    @GET
    public UnitPage list(@Valid @BeanParam UnitFilter filter, @Valid @BeanParam PageParams paging) {
        return units.list(level(), filter, paging);
    }

    @GET
    @Path("{id}")
    public UnitDto get(@PathParam("id") long id) {
        return UnitDto.of(units.visible(id, level()));
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitDto.class)))
    public Response create(@Valid @NotNull UnitCreate body, @Context UriInfo uri) {
        UnitDto unit = units.create(level(), body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(unit.id())).build())
                .entity(unit).build();
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @PUT
    @Path("{id}")
    public UnitDto update(@PathParam("id") long id, @Valid @NotNull UnitUpdate body) {
        return units.update(level(), id, body);
    }

    /** Ends the unit's validity; units are never hard-deleted once referenced. */
    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @POST
    @Path("{id}/retire")
    public UnitDto retire(@PathParam("id") long id, @Valid @NotNull UnitRetire body) {
        return units.retire(level(), id, body);
    }
}
