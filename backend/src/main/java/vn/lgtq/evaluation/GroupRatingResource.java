package vn.lgtq.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lgtq.evaluation.EvaluationDtos.RatingDto;
import vn.lgtq.security.Roles;

@Path("/api/v1/groups/{id}/ratings")
@Tag(name = "Evaluations")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupRatingResource {
    @Inject
    GroupRatingService ratings;

    @GET
    @Operation(operationId = "listGroupRatings", summary = "The group's yearly ratings, newest first")
    public List<RatingDto> list(@PathParam("id") long id) {
        return ratings.ofGroup(id);
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @PUT
    @Path("{year}")
    @Operation(operationId = "rateGroup", summary = "Rate the group for a year, or change its rating (officers)")
    public RatingDto put(@PathParam("id") long id, @PathParam("year") @Min(2000) @Max(2100) int year,
            @Valid @NotNull EvaluationDtos.RatingInput body) {
        return ratings.put(id, year, body);
    }
}
