package vn.lgtq.fund;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import vn.lgtq.fund.FundDtos.Entry;
import vn.lgtq.security.Roles;

@Path("/api/v1/groups/{id}/fund-entries")
@Tag(name = "Group funds")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundEntryResource {
    @Inject
    FundService funds;

    @POST
    @Operation(operationId = "recordFundEntry", summary = "Record a contribution, support received or an expense of"
            + " the group's fund (409 fund-overdrawn when an expense exceeds the balance)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Entry.class)))
    public Response record(@PathParam("id") long id, @Valid @NotNull FundDtos.Input body, @Context UriInfo uri) {
        Entry entry = funds.record(id, body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(entry.id())).build()).entity(entry)
                .build();
    }

    @GET
    @Path("{entryId}")
    @Operation(operationId = "getFundEntry", summary = "One entry of the group's fund")
    public Entry get(@PathParam("id") long id, @PathParam("entryId") long entryId) {
        return funds.entry(id, entryId);
    }
}
