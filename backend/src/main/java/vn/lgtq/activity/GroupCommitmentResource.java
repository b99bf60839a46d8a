package vn.lgtq.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lgtq.security.Roles;

@Path("/api/v1/groups/{id}/commitments")
@Tag(name = "Activities")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER})
@Produces(MediaType.APPLICATION_JSON)
public class GroupCommitmentResource {
    @Inject
    CommitmentService commitments;

    @GET
    @Operation(operationId = "getGroupCommitments", summary = "The group's member households and who signed the"
            + " commitment of the year")
    public ActivityDtos.GroupCommitments get(@PathParam("id") long id,
            @Parameter(description = "The current year when absent") @QueryParam("year") @Min(2000) @Max(2100)
            Integer year) {
        return commitments.ofGroup(id, year);
    }
}
