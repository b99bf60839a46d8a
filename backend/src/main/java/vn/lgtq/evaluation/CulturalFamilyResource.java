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

@Path("/api/v1/units/{id}/cultural-families")
@Tag(name = "Evaluations")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CulturalFamilyResource {
    @Inject
    CulturalFamilyService cultural;

    @GET
    @Operation(operationId = "listCulturalFamilies", summary = "The hamlet's households with their cultural-family"
            + " rating for the year (sort code, the default, or headName); group leaders see their group's")
    public EvaluationDtos.CulturalPage list(@PathParam("id") long id,
            @Parameter(description = "The current year when absent") @QueryParam("year") @Min(2000) @Max(2100)
            Integer year,
            @Valid @BeanParam PageParams paging) {
        return cultural.list(id, year, paging);
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.HAMLET_LEADER})
    @PUT
    @Path("{year}")
    @Operation(operationId = "rateCulturalFamilies", summary = "Rate households of the hamlet as cultural families"
            + " for a year, or change their ratings (hamlet leader, officers)")
    public EvaluationDtos.CulturalSaved put(@PathParam("id") long id, @PathParam("year") @Min(2000) @Max(2100) int year,
            @Valid @NotNull EvaluationDtos.CulturalInput body) {
        return cultural.put(id, year, body);
    }
}
