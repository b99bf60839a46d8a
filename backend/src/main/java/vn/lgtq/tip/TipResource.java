package vn.lgtq.tip;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.lgtq.download.Downloads;
import vn.lgtq.error.ProblemException;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.Roles;
import vn.lgtq.tip.TipDtos.Detail;

@Path("/api/v1/tips")
@Tag(name = "Tips", description = "Security tips: filing, the officers' inbox, triage and the protected informant")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TipResource {
    @Inject
    TipService tips;

    @Inject
    TipPhotos photos;

    @Inject
    TipExporter exporter;

    @GET
    @Operation(operationId = "listTips", summary = "Tips the caller may see: officers in scope, others their own")
    public TipDtos.Page list(@BeanParam TipFilter filter, @Valid @BeanParam PageParams paging) {
        return tips.list(filter, paging);
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @GET
    @Path("export")
    @Produces(Downloads.CSV_TYPE)
    @Operation(operationId = "exportTips", summary = "The listed tips of the officer's scope as CSV, newest first, at"
            + " most " + TipExporter.MAX_ROWS + " (never the informant, nor the description)")
    @APIResponse(responseCode = "200", description = "The file, UTF-8 with a byte order mark", content = @Content(
            mediaType = Downloads.CSV_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@BeanParam TipFilter filter) {
        return Downloads.attachment(exporter.export(filter), Downloads.CSV_UTF8, "tin-bao.csv");
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @GET
    @Path("inbox")
    @Operation(operationId = "getTipInbox", summary = "New, unread and overdue tips of the officer's units")
    public TipDtos.Inbox inbox() {
        return tips.inbox();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTip", summary = "A tip with its history (never the informant)")
    public Detail get(@PathParam("id") long id) {
        return tips.get(id);
    }

    @POST
    @Operation(operationId = "createTip", summary = "File a tip")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    public Response create(@Valid @NotNull TipDtos.Create body, @Context UriInfo uri) {
        Detail tip = tips.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(tip.summary().id())).build())
                .entity(tip).build();
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @POST
    @Path("{id}/transitions")
    @Operation(operationId = "transitionTip", summary = "Move a tip to its next status; closing needs an outcome")
    public Detail transition(@PathParam("id") long id, @Valid @NotNull TipDtos.Transition body) {
        return tips.transition(id, body);
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @POST
    @Path("{id}/assignment")
    @Operation(operationId = "assignTip", summary = "Assign a tip to an officer")
    public Detail assign(@PathParam("id") long id, @Valid @NotNull TipDtos.Assignment body) {
        return tips.assign(id, body);
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @POST
    @Path("{id}/forwarding")
    @Operation(operationId = "forwardTip", summary = "Hand a tip to another commune, with copies for information")
    public Detail forward(@PathParam("id") long id, @Valid @NotNull TipDtos.Forwarding body) {
        return tips.forward(id, body);
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @POST
    @Path("{id}/results")
    @Operation(operationId = "recordTipResults", summary = "What came of a tip: arrests or cases, property, agency")
    public Detail results(@PathParam("id") long id, @Valid @NotNull TipDtos.Results body) {
        return tips.results(id, body);
    }

    @POST
    @Path("{id}/messages")
    @Operation(operationId = "addTipMessage", summary = "An officer's question to the reporter, or the reporter's answer")
    public Detail message(@PathParam("id") long id, @Valid @NotNull TipDtos.Message body) {
        return tips.message(id, body);
    }

    @POST
    @Path("{id}/read")
    @Operation(operationId = "markTipRead", summary = "Mark the tip as opened by the caller (inbox unread count)")
    @APIResponse(responseCode = "204", description = "Marked")
    public void markRead(@PathParam("id") long id) {
        tips.markRead(id);
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @POST
    @Path("{id}/informant-reveal")
    @Operation(operationId = "revealTipInformant", summary = "The informant's identity, for a stated reason (audited)")
    public TipDtos.Informant reveal(@PathParam("id") long id, @Valid @NotNull TipDtos.RevealRequest body) {
        return tips.revealInformant(id, body);
    }

    @POST
    @Path("{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "addTipPhoto", summary = "Attach a photo (JPEG or PNG, up to 5 MB); it is re-encoded without its metadata")
    public Detail addPhoto(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        if (file == null) {
            throw ProblemException.invalid("file", "Chọn một ảnh để tải lên.");
        }
        return photos.add(id, file.uploadedFile());
    }

    @GET
    @Path("{id}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png"})
    @Operation(operationId = "getTipPhoto", summary = "A photo of a tip")
    public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        return photos.get(id, photoId);
    }
}
