package vn.lgtq.reintegration;

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
import vn.lgtq.paging.PageParams;
import vn.lgtq.reintegration.ReintegrationDtos.Detail;
import vn.lgtq.security.Roles;

@Path("/api/v1/reintegration-cases")
@Tag(name = "Reintegration", description = "Following and helping people back after rehabilitation or prison, on a"
        + " need-to-know basis")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReintegrationResource {
    @Inject
    ReintegrationService cases;

    @GET
    @Operation(operationId = "listReintegrationCases", summary = "Cases the caller follows, next contact due first"
            + " (leaders get the reduced view)")
    public ReintegrationDtos.Page list(@BeanParam ReintegrationFilter filter, @Valid @BeanParam PageParams paging) {
        return cases.list(filter, paging);
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @POST
    @Operation(operationId = "createReintegrationCase", summary = "Open a case (officers)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    public Response create(@Valid @NotNull ReintegrationDtos.Create body, @Context UriInfo uri) {
        Detail detail = cases.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(detail.id())).build()).entity(detail)
                .build();
    }

    @RolesAllowed(Roles.PROVINCE_OFFICER)
    @GET
    @Path("break-glass-accesses")
    @Operation(operationId = "listBreakGlassAccesses", summary = "Emergency accesses: who, which case, why (province)")
    public ReintegrationDtos.AccessPage accesses(@Valid @BeanParam PageParams paging) {
        return cases.accesses(paging);
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @POST
    @Path("break-glass")
    @Operation(operationId = "breakGlass", summary = "Time-limited access to cases outside the caller's scope, found by"
            + " citizen ID, for a stated reason (audited)")
    public ReintegrationDtos.BreakGlassGrant breakGlass(@Valid @NotNull ReintegrationDtos.BreakGlassRequest body) {
        return cases.breakGlass(body);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getReintegrationCase", summary = "A case in the caller's view (full views are audited)")
    public Detail get(@PathParam("id") long id) {
        return cases.get(id);
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @PUT
    @Path("{id}")
    @Operation(operationId = "updateReintegrationCase", summary = "Edit a case (officers)")
    public Detail update(@PathParam("id") long id, @Valid @NotNull ReintegrationDtos.Update body) {
        return cases.update(id, body);
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @PUT
    @Path("{id}/plan")
    @Operation(operationId = "saveSupportPlan", summary = "The support plan's goals (officers)")
    public Detail plan(@PathParam("id") long id, @Valid @NotNull ReintegrationDtos.Plan body) {
        return cases.plan(id, body);
    }

    @POST
    @Path("{id}/contacts")
    @Operation(operationId = "logReintegrationContact", summary = "Log a visit or contact (officers, responsible leaders)")
    public Detail contact(@PathParam("id") long id, @Valid @NotNull ReintegrationDtos.ContactInput body) {
        return cases.contact(id, body);
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @POST
    @Path("{id}/status")
    @Operation(operationId = "changeReintegrationStatus", summary = "A dated status change; MOVED_AWAY hands the case"
            + " over to another commune")
    public Detail status(@PathParam("id") long id, @Valid @NotNull ReintegrationDtos.StatusChange body) {
        return cases.status(id, body);
    }
}
