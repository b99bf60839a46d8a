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
import vn.lgtq.activity.ActivityDtos.MeetingDto;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.Roles;

@Path("/api/v1/groups/{id}/meetings")
@Tag(name = "Activities", description = "The groups' meetings, patrols, propaganda sessions and household commitments")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupMeetingResource {
    @Inject
    MeetingService meetings;

    @POST
    @Operation(operationId = "recordGroupMeeting", summary = "Record a meeting of the group with the member households"
            + " that attended")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingDto.class)))
    public Response record(@PathParam("id") long id, @Valid @NotNull ActivityDtos.MeetingInput body,
            @Context UriInfo uri) {
        MeetingDto meeting = meetings.record(id, body);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/meetings/" + meeting.id()).build())
                .entity(meeting).build();
    }

    @GET
    @Operation(operationId = "listGroupMeetings", summary = "The group's meetings, newest first")
    public ActivityDtos.MeetingPage list(@PathParam("id") long id, @Valid @BeanParam PageParams paging) {
        return meetings.list(id, paging);
    }
}
