package vn.lgtq.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lgtq.activity.ActivityDtos.CommitmentDto;
import vn.lgtq.security.Roles;

@Path("/api/v1/households/{id}/commitments")
@Tag(name = "Activities")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HouseholdCommitmentResource {
    @Inject
    CommitmentService commitments;

    @GET
    @Operation(operationId = "listHouseholdCommitments", summary = "The household's yearly commitments, latest first")
    public List<CommitmentDto> list(@PathParam("id") long id) {
        return commitments.ofHousehold(id);
    }

    @PUT
    @Path("{year}")
    @Operation(operationId = "recordHouseholdCommitment", summary = "Record the household's commitment to stay away"
            + " from social evils for a year, or correct its signing day")
    public CommitmentDto put(@PathParam("id") long id, @PathParam("year") @Min(2000) @Max(2100) int year,
            @Valid @NotNull ActivityDtos.CommitmentInput body) {
        return commitments.put(id, year, body);
    }

    @DELETE
    @Path("{year}")
    @Operation(operationId = "deleteHouseholdCommitment", summary = "Remove a commitment recorded by mistake")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id, @PathParam("year") @Min(2000) @Max(2100) int year) {
        commitments.delete(id, year);
    }
}
