package vn.lgtq.group;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lgtq.group.GroupDtos.Detail;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.Roles;

@Path("/api/v1/groups")
@Tag(name = "Groups", description = "Self-managed groups (Nhóm LGTQ) of the hamlets, their leaders and households")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupResource {
    @Inject
    GroupService groups;

    @GET
    public GroupDtos.Page list(@BeanParam GroupFilter filter, @Valid @BeanParam PageParams paging) {
        return groups.list(filter, paging);
    }

    @GET
    @Path("{id}")
    public Detail get(@PathParam("id") long id) {
        return groups.get(id);
    }

    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.HAMLET_LEADER})
    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    public Response create(@Valid @NotNull GroupCreate body, @Context UriInfo uri) {
        Detail group = groups.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(group.id())).build())
                .entity(group).build();
    }

    /** Edits the group; leader and deputy must be people of its member households. */
    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER, Roles.HAMLET_LEADER})
    @PUT
    @Path("{id}")
    public Detail update(@PathParam("id") long id, @Valid @NotNull GroupUpdate body) {
        return groups.update(id, body);
    }
}
