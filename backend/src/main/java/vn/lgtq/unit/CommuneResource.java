package vn.lgtq.unit;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/communes")
@Tag(name = "Communes", description = "Communes (xã, phường, thị trấn, đặc khu)")
public class CommuneResource extends UnitLevelResource {
    @Override
    protected UnitLevel level() {
        return UnitLevel.COMMUNE;
    }
}
