package vn.lgtq.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import vn.lgtq.security.Roles;

@Path("/api/v1/units/{id}/activity-figures")
@Tag(name = "Activities")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER, Roles.INTEGRATION})
@Produces(MediaType.APPLICATION_JSON)
public class ActivityFiguresResource {
    @Inject
    ActivityFigures figures;

    @GET
    @Operation(operationId = "getUnitActivityFigures", summary = "Meetings, overdue groups, patrols, propaganda and"
            + " the commitment rate of a unit and period")
    public ActivityDtos.Figures get(@PathParam("id") long id,
            @Parameter(description = "First day; 1 January of the year of `to` when absent") @QueryParam("from")
            LocalDate from,
            @Parameter(description = "Last day; today when absent") @QueryParam("to") LocalDate to) {
        return figures.of(id, from, to);
    }
}
