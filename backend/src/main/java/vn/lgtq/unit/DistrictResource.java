package vn.lgtq.unit;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/districts")
@Tag(name = "Districts", description = "Districts (huyện, thị xã, thành phố thuộc tỉnh), in force until 30 June 2025")
public class DistrictResource extends UnitLevelResource {
    @Override
    protected UnitLevel level() {
        return UnitLevel.DISTRICT;
    }
}
