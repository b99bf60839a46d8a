package vn.lgtq.unit;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/provinces")
@Tag(name = "Provinces", description = "Provinces (tỉnh, thành phố)")
public class ProvinceResource extends UnitLevelResource {
    @Override
    protected UnitLevel level() {
        return UnitLevel.PROVINCE;
    }
}
