package vn.lgtq.evaluation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/evaluation/group-rating-scale")
@Tag(name = "Evaluations", description = "The yearly evaluations: group ratings, cultural families and the communes'"
        + " security-and-order safety standard")
@Authenticated
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
