package vn.lgtq.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lgtq.security.Roles;

@Path("/api/v1/evaluation/group-rating-scale")
@Tag(name = "Evaluations", description = "The yearly evaluations: group ratings, cultural families and the communes'"
        + " security-and-order safety standard")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER, Roles.INTEGRATION})
@Produces(MediaType.APPLICATION_JSON)
public class GroupRatingScaleResource {
    @Inject
    GroupRatingService ratings;

    @GET
    @Operation(operationId = "getGroupRatingScale", summary = "The levels a group may be rated at (best first), how many"
            + " count as \"good or better\", and the criteria")
    public EvaluationDtos.Scale get() {
        return ratings.scale();
    }
}
