package vn.lgtq.household;

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
import vn.lgtq.household.HouseholdDtos.Detail;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.Roles;

@Path("/api/v1/households")
@Tag(name = "Households", description = "Households of the hamlets, their people and their group membership")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HouseholdResource {
    @Inject
    HouseholdService households;

    @GET
    public HouseholdDtos.Page list(@BeanParam HouseholdFilter filter, @Valid @BeanParam PageParams paging) {
        return households.list(filter, paging);
    }

    @GET
    @Path("{id}")
    public Detail get(@PathParam("id") long id) {
        return households.get(id);
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.HAMLET_LEADER})
    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    public Response create(@Valid @NotNull HouseholdCreate body, @Context UriInfo uri) {
        Detail household = households.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(household.id())).build())
                .entity(household).build();
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.HAMLET_LEADER})
    @PUT
    @Path("{id}")
    public Detail update(@PathParam("id") long id, @Valid @NotNull HouseholdUpdate body) {
        return households.update(id, body);
    }

    /** Joins, moves to or leaves a group; the history keeps every period. */
    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.HAMLET_LEADER})
    @POST
    @Path("{id}/membership")
    @Operation(operationId = "changeHouseholdMembership", summary = "Join, move to or leave a group")
    public Detail changeMembership(@PathParam("id") long id, @Valid @NotNull MembershipChange body) {
        return households.changeMembership(id, body);
    }
}
