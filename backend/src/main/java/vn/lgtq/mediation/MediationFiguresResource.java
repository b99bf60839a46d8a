package vn.lgtq.mediation;

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

@Path("/api/v1/units/{id}/mediation-figures")
@Tag(name = "Mediation")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER, Roles.INTEGRATION})
@Produces(MediaType.APPLICATION_JSON)
public class MediationFiguresResource {
    @Inject
    MediationFigures figures;

    @GET
    @Operation(operationId = "getUnitMediationFigures", summary = "Mediation cases received and closed in a period:"
            + " by dispute type and outcome, success rate and median days to close")
    public MediationDtos.Figures get(@PathParam("id") long id,
            @Parameter(description = "First day of the period; 1 January of the year of `to` when absent")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day of the period, included; today when absent") @QueryParam("to") LocalDate to) {
        return figures.of(id, from, to);
    }
}
