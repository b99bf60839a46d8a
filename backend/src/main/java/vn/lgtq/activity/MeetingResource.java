package vn.lgtq.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lgtq.security.Roles;

@Path("/api/v1/meetings/{id}")
@Tag(name = "Activities")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER})
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {
    @Inject
    MeetingService meetings;

    @GET
    @Operation(operationId = "getMeeting", summary = "A group meeting")
    public ActivityDtos.MeetingDto get(@PathParam("id") long id) {
        return meetings.get(id);
    }

    @DELETE
    @Operation(operationId = "deleteMeeting", summary = "Remove a meeting recorded by mistake")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        meetings.delete(id);
    }
}
