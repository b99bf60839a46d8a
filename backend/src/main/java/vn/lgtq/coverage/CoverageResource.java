package vn.lgtq.coverage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lgtq.security.Roles;

@Path("/api/v1/units/{id}/coverage")
@Tag(name = "Coverage", description = "How far the groups reach: hamlets, households and people in active groups")
@RolesAllowed({Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER, Roles.INTEGRATION})
@Produces(MediaType.APPLICATION_JSON)
public class CoverageResource {
    @Inject
    CoverageService coverage;

    @GET
    @Operation(operationId = "getUnitCoverage", summary = "Coverage figures of a unit, counted today")
    public Coverage get(@PathParam("id") long id) {
        return coverage.of(id);
    }

    @GET
    @Path("children")
    @Operation(operationId = "listUnitChildrenCoverage", summary = "Coverage figures of each unit directly below")
    public List<Coverage> children(@PathParam("id") long id) {
        return coverage.children(id);
    }
}
