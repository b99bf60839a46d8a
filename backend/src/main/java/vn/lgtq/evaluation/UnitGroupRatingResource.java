package vn.lgtq.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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

@Path("/api/v1/units/{id}/group-ratings")
@Tag(name = "Evaluations")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.HAMLET_LEADER})
@Produces(MediaType.APPLICATION_JSON)
public class UnitGroupRatingResource {
    @Inject
    GroupRatingService ratings;

    @GET
    @Operation(operationId = "listUnitGroupRatings", summary = "Every active group below the unit with its rating for"
            + " the year, or null (officers and hamlet leaders), by hamlet and group number")
    public EvaluationDtos.GroupRatingPage list(@PathParam("id") long id,
            @Parameter(description = "The current year when absent") @QueryParam("year") @Min(2000) @Max(2100)
            Integer year,
            @Valid @BeanParam PageParams paging) {
        return ratings.ofUnit(id, year, paging);
    }
}
