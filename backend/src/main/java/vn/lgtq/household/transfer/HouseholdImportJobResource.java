package vn.lgtq.household.transfer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lgtq.security.Roles;

/** The progress and validation report of an uploaded household file. */
@Path("/api/v1/household-imports")
@Tag(name = "Households")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.HAMLET_LEADER})
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdImportJobResource {
    @Inject
    HouseholdImportService imports;

    @GET
    @Path("{id}")
    @Operation(operationId = "getHouseholdImport", summary = "State, progress and validation report of an import")
    public ImportJob get(@PathParam("id") UUID id) {
        return imports.get(id);
    }
}
