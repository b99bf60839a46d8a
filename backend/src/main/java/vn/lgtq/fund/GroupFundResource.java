package vn.lgtq.fund;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.Roles;

@Path("/api/v1/groups/{id}/fund")
@Tag(name = "Group funds", description = "The groups' voluntary funds: members' contributions, support received and"
        + " expenses")
@RolesAllowed({Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.HAMLET_LEADER, Roles.GROUP_LEADER})
@Produces(MediaType.APPLICATION_JSON)
public class GroupFundResource {
    @Inject
    FundService funds;

    @GET
    @Operation(operationId = "getGroupFund", summary = "The group's fund: totals and balance over all entries, and a"
            + " page of the entries, newest first")
    public FundDtos.Fund get(@PathParam("id") long id, @Valid @BeanParam PageParams paging) {
        return funds.get(id, paging);
    }
}
