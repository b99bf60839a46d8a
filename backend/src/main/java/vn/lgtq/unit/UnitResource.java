package vn.lgtq.unit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.Roles;

/** Units of every level: search across the caller's scope and walk the hierarchy. */
@Path("/api/v1/units")
@Tag(name = "Units", description = "Administrative units of every level, within the caller's scope")
@RolesAllowed({Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER, Roles.INTEGRATION})
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {
    @Inject
    UnitService units;

    @GET
    public UnitPage list(@QueryParam("level") UnitLevel level, @Valid @BeanParam UnitFilter filter,
            @Valid @BeanParam PageParams paging) {
        return units.list(level, filter, paging);
    }

    @GET
    @Path("{id}")
    public UnitDto get(@PathParam("id") long id) {
        return UnitDto.of(units.visible(id, null));
    }

    /** Units directly below, valid on the date; for a former district, the communes that replaced its own. */
    @GET
    @Path("{id}/children")
    public UnitPage children(@PathParam("id") long id, @Valid @BeanParam UnitFilter filter,
            @Valid @BeanParam PageParams paging) {
        return units.children(id, filter, paging);
    }

    /** The units above, highest first, as far as the caller's scope reaches. */
    @GET
    @Path("{id}/ancestors")
    public List<UnitDto> ancestors(@PathParam("id") long id) {
        return units.ancestors(id);
    }
}
