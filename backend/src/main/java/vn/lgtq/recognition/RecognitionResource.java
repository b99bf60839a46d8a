package vn.lgtq.recognition;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lgtq.paging.PageParams;
import vn.lgtq.recognition.RecognitionDtos.Dto;
import vn.lgtq.security.Roles;

@Path("/api/v1/recognitions")
@Tag(name = "Recognitions", description = "Recognition of exemplary groups and people")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecognitionResource {
    @Inject
    RecognitionService recognitions;

    @GET
    @Operation(operationId = "listRecognitions", summary = "Recognitions of the caller's scope, newest year first"
            + " (sort year, \"-\" for descending); group leaders see their own group's and their hamlet's people")
    public RecognitionDtos.Page list(@Valid @BeanParam RecognitionFilter filter, @Valid @BeanParam PageParams paging) {
        return recognitions.list(filter, paging);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRecognition", summary = "A recognition")
    public Dto get(@PathParam("id") long id) {
        return recognitions.get(id);
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER})
    @POST
    @Operation(operationId = "createRecognition", summary = "Record a recognition of a group or a person (officers)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dto.class)))
    public Response create(@Valid @NotNull RecognitionDtos.Create body, @Context UriInfo uri) {
        Dto created = recognitions.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
