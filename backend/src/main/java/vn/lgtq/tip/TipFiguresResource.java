package vn.lgtq.tip;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lgtq.security.Roles;

@Path("/api/v1/units/{id}/tip-figures")
@Tag(name = "Tips")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.INTEGRATION})
@Produces(MediaType.APPLICATION_JSON)
public class TipFiguresResource {
    @Inject
    TipFigures figures;

    @GET
    @Operation(operationId = "getUnitTipFigures",
            summary = "Tips by category, status, outcome and month, and arrests or cases, for a unit and period")
    public TipDtos.Figures get(@PathParam("id") long id, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return figures.of(id, from, to);
    }
}
