package vn.lgtq.unit;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/hamlets")
@Tag(name = "Hamlets", description = "Hamlets (bản, thôn, tiểu khu, tổ dân phố, xóm, ấp, khu phố)")
public class HamletResource extends UnitLevelResource {
    @Override
    protected UnitLevel level() {
        return UnitLevel.HAMLET;
    }
}
