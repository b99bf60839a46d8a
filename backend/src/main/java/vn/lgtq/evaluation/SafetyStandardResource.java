package vn.lgtq.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.Roles;

@Path("/api/v1/units/{id}/safety-standards")
@Tag(name = "Evaluations")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SafetyStandardResource {
    @Inject
    SafetyStandardService standards;

    @GET
    @Operation(operationId = "listSafetyStandards", summary = "Officers: the communes below the unit with their safety"
            + " standard decision for the year; for a commune without a year, its decisions of every year")
    public EvaluationDtos.SafetyPage list(@PathParam("id") long id,
            @Parameter(description = "When absent: every year for a commune, the current year for a wider unit")
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Valid @BeanParam PageParams paging) {
        return standards.list(id, year, paging);
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @PUT
    @Path("{year}")
    @Operation(operationId = "recordSafetyStandard", summary = "Record whether the commune met the security-and-order"
            + " safety standard in a year (province and district officers; never the commune itself)")
    public EvaluationDtos.SafetyRow put(@PathParam("id") long id, @PathParam("year") @Min(2000) @Max(2100) int year,
            @Valid @NotNull EvaluationDtos.SafetyInput body) {
        return standards.put(id, year, body);
    }
}
