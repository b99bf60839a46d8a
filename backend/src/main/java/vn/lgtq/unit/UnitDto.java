package vn.lgtq.unit;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An administrative unit of any level")
public record UnitDto(
        long id,
        @Schema(description = "Official code (GSO code where one exists); unique only among units valid on the same day")
        String code,
        @Schema(description = "Official full name, e.g. \"Xã Mai Sơn\"") String name,
        UnitLevel level,
        UnitType type,
        Long parentId,
        @Schema(description = "For a commune created on 1 July 2025: the former district all its predecessors lay in")
        Long formerDistrictId,
        @Schema(description = "First day of validity; null when it predates the records") LocalDate validFrom,
        @Schema(description = "Last day of validity; null while the unit is in force") LocalDate validTo,
        @Schema(description = "Units this one replaced") List<Long> predecessorIds,
        @Schema(description = "True for made-up demonstration data") boolean demo,
        @Schema(description = "Optimistic-lock version, to send back on update") long version) {

    public static UnitDto of(Unit unit) {
        return new UnitDto(unit.id, unit.code, unit.name, unit.level, unit.type, unit.parentId,
                unit.formerDistrictId, unit.validFrom, unit.validTo,
                unit.predecessorIds.stream().sorted().toList(), unit.demo, unit.version);
    }
}
