package vn.lgtq.mediation;

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
import vn.lgtq.mediation.MediationDtos.Detail;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.Roles;

@Path("/api/v1/mediation-cases")
@Tag(name = "Mediation", description = "Grassroots mediation of disputes between neighbours (Law 35/2013/QH13):"
        + " cases, sessions, outcomes and the escalation queue")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MediationResource {
    @Inject
    MediationService mediation;

    @GET
    @Operation(operationId = "listMediationCases", summary = "Cases the caller may see, newest received first"
            + " (sort receivedOn or closedOn, \"-\" for descending)")
    public MediationDtos.Page list(@BeanParam MediationFilter filter, @Valid @BeanParam PageParams paging) {
        return mediation.list(filter, paging);
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @GET
    @Path("escalated")
    @Operation(operationId = "listEscalatedMediationCases",
            summary = "Officers: cases of their scope passed on by the groups, newest closed first")
    public MediationDtos.Page escalated(@Valid @BeanParam PageParams paging) {
        return mediation.escalated(paging);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMediationCase", summary = "A case with its parties, mediators and sessions")
    public Detail get(@PathParam("id") long id) {
        return mediation.get(id);
    }

    @POST
    @Operation(operationId = "createMediationCase", summary = "Open a case for a group")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    public Response create(@Valid @NotNull MediationDtos.Create body, @Context UriInfo uri) {
        Detail created = mediation.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.summary().id())).build())
                .entity(created).build();
    }

    @POST
    @Path("{id}/sessions")
    @Operation(operationId = "addMediationSession", summary = "Record a mediation session of an open case")
    public Detail addSession(@PathParam("id") long id, @Valid @NotNull MediationDtos.SessionInput body) {
        return mediation.addSession(id, body);
    }

    @POST
    @Path("{id}/closing")
    @Operation(operationId = "closeMediationCase",
            summary = "Close a case with its outcome: the agreement when reconciled, the target when escalated")
    public Detail close(@PathParam("id") long id, @Valid @NotNull MediationDtos.Closing body) {
        return mediation.close(id, body);
    }
}
