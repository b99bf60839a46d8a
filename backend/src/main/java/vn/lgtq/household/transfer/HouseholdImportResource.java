package vn.lgtq.household.transfer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.lgtq.error.Problem;
import vn.lgtq.security.Roles;

/** Household files uploaded into a hamlet. */
@Path("/api/v1/hamlets/{id}/household-imports")
@Tag(name = "Households")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.HAMLET_LEADER})
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdImportResource {
    @Inject
    HouseholdImportService imports;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importHouseholds",
            summary = "Upload a CSV or XLSX file of the hamlet's households (one row per person); it is validated"
                    + " and imported in the background")
    @APIResponse(responseCode = "202", description = "Accepted; poll the Location for progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than 50 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "The file is neither CSV nor XLSX",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response submit(@PathParam("id") long hamletId,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        ImportJob job = imports.submit(hamletId, file);
        return Response.accepted(job).location(URI.create("/api/v1/household-imports/" + job.id())).build();
    }
}
