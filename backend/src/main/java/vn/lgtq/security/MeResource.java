package vn.lgtq.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lgtq.unit.UnitDto;

@Path("/api/v1/me")
@Tag(name = "Me", description = "The signed-in caller")
@RolesAllowed({Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER, Roles.INTEGRATION})
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    public record MeDto(String username, String displayName, List<String> roles, UnitDto unit) {
    }

    @Inject
    CallerScope caller;

    @GET
    @Operation(operationId = "getMe", summary = "The caller's name, roles and administrative unit")
    public MeDto me() {
        return new MeDto(caller.username(), caller.displayName(), List.copyOf(caller.roles()),
                UnitDto.of(caller.unit()));
    }
}
