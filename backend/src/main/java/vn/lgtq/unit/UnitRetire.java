package vn.lgtq.unit;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

public record UnitRetire(@NotNull LocalDate validTo, @NotNull Long version) {
}
