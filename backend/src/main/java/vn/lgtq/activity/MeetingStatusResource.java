package vn.lgtq.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.Roles;

@Path("/api/v1/units/{id}/meeting-status")
@Tag(name = "Activities")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER})
@Produces(MediaType.APPLICATION_JSON)
public class MeetingStatusResource {
    @Inject
    MeetingService meetings;

    @GET
    @Operation(operationId = "listUnitMeetingStatus", summary = "Active groups below the unit with their last meeting"
            + " and whether they are overdue for one (sort: groupName, the default, or lastMeetingOn)")
    public ActivityDtos.GroupMeetingStatusPage list(@PathParam("id") long id,
            @Parameter(description = "Only overdue (true) or only up-to-date (false) groups") @QueryParam("overdue")
            Boolean overdue,
            @Parameter(description = "The day the status is worked out for; today when absent") @QueryParam("on")
            LocalDate on,
            @Valid @BeanParam PageParams paging) {
        return meetings.status(id, overdue, on, paging);
    }
}
