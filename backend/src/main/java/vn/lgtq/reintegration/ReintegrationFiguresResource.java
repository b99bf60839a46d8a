package vn.lgtq.reintegration;

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

@Path("/api/v1/units/{id}/reintegration-figures")
@Tag(name = "Reintegration")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.INTEGRATION})
@Produces(MediaType.APPLICATION_JSON)
public class ReintegrationFiguresResource {
    @Inject
    ReintegrationFigures figures;

    @GET
    @Operation(operationId = "getReintegrationFigures", summary = "People followed by category and status, completed,"
            + " relapsed and overdue contacts, for a unit and period (officers and integration)")
    public ReintegrationDtos.Figures get(@PathParam("id") long id,
            @Parameter(description = "First day; 1 January of the year of `to` when absent") @QueryParam("from")
            LocalDate from,
            @Parameter(description = "Last day; today when absent") @QueryParam("to") LocalDate to) {
        return figures.of(id, from, to);
    }
}
