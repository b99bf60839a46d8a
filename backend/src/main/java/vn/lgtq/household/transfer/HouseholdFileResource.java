package vn.lgtq.household.transfer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lgtq.download.Downloads;
import vn.lgtq.household.HouseholdFilter;
import vn.lgtq.security.Roles;

/** Household files for download: the import template and exports. */
@Path("/api/v1/households")
@Tag(name = "Households")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER})
public class HouseholdFileResource {
    private static final String FORMAT = "csv|xlsx";
    private static final String FORMAT_MESSAGE = "csv hoặc xlsx";

    @Inject
    HouseholdExporter exporter;

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.HAMLET_LEADER})
    @GET
    @Path("import-template")
    @Produces({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE})
    @Operation(operationId = "getHouseholdImportTemplate",
            summary = "The household import template (Vietnamese headers, an example household)")
    @APIResponse(responseCode = "200", description = "The template file", content = {
            @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = FileFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response template(@QueryParam("format") @Parameter(description = "csv (the default) or xlsx",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "xlsx"}, defaultValue = "csv"))
            @Pattern(regexp = FORMAT, message = FORMAT_MESSAGE) String format) {
        FileFormat fileFormat = FileFormat.ofParameter(format);
        return download(fileFormat, "mau-nhap-ho-gia-dinh", out -> exporter.template(fileFormat, out));
    }

    @GET
    @Path("export")
    @Produces({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE})
    @Operation(operationId = "exportHouseholds",
            summary = "The filtered households the caller may see, one row per person, in the template's columns"
                    + " (phone and citizen ID only for callers who may see personal data)")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = FileFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@QueryParam("format") @Parameter(description = "csv (the default) or xlsx",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "xlsx"}, defaultValue = "csv"))
            @Pattern(regexp = FORMAT, message = FORMAT_MESSAGE) String format, @BeanParam HouseholdFilter filter) {
        FileFormat fileFormat = FileFormat.ofParameter(format);
        return download(fileFormat, "ho-gia-dinh-" + LocalDate.now(), exporter.export(filter, fileFormat));
    }

    private static Response download(FileFormat format, String baseName, StreamingOutput body) {
        return Downloads.attachment(body, format.mediaType, baseName + "." + format.extension);
    }
}
