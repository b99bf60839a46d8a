package vn.lgtq.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lgtq.download.Downloads;
import vn.lgtq.security.Roles;

@Path("/api/v1/dashboard")
@Tag(name = "Dashboard")
@RolesAllowed({Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.INTEGRATION})
public class DashboardResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    DashboardService dashboards;

    @Inject
    DashboardReport report;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDashboard", summary = "The model's figures for a unit and period, with the units one"
            + " level down, the monthly trend, the years and the change from the period before (aggregates only;"
            + " officers, hamlet leaders and other agencies' systems)")
    public DashboardDtos.Dashboard get(
            @Parameter(description = "The unit; the caller's own unit when absent") @QueryParam("unitId") Long unitId,
            @Parameter(description = "First day; 1 January of the year of `to` when absent") @QueryParam("from")
            LocalDate from,
            @Parameter(description = "Last day; today when absent") @QueryParam("to") LocalDate to) {
        return dashboards.of(unitId, from, to);
    }

    @GET
    @Path("report")
    @Produces(XLSX)
    @Operation(operationId = "getDashboardReport", summary = "The periodic report of a unit and period as an Excel"
            + " workbook: the same figures as the dashboard, in Vietnamese")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response report(@QueryParam("unitId") Long unitId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        DashboardReport.File file = report.report(unitId, from, to);
        return Downloads.attachment(file.body(), XLSX, file.name());
    }
}
