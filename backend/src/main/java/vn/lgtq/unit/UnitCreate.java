package vn.lgtq.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

public record UnitCreate(
        @NotBlank @Size(max = 32) @Pattern(regexp = UnitCreate.CODE_PATTERN, message = "{lgtq.unit.code.pattern}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull UnitType type,
        Long parentId,
        Long formerDistrictId,
        LocalDate validFrom,
        List<@NotNull Long> predecessorIds) {

    static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9.\\-]*";
}
