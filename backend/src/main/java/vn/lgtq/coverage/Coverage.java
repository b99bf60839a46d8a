package vn.lgtq.coverage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lgtq.unit.UnitLevel;

@Schema(description = "How far the groups reach in a unit: hamlets, households and people, counted today")
public record Coverage(
        long unitId,
        String unitName,
        UnitLevel unitLevel,
        @Schema(description = "Hamlets valid today below the unit") long hamlets,
        @Schema(description = "Hamlets with at least one active group") long hamletsWithActiveGroup,
        @Schema(description = "0–100, one decimal; 0 when there are no hamlets") double hamletsWithActiveGroupPercent,
        long households,
        @Schema(description = "Households currently in an active group") long householdsInActiveGroup,
        @Schema(description = "0–100, one decimal; 0 when there are no households") double householdsInActiveGroupPercent,
        @Schema(description = "Active groups") long groups,
        @Schema(description = "People of the households currently in an active group") long peopleInMemberHouseholds) {
}
