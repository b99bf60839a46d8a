package vn.lgtq.group;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record GroupCreate(
        @NotNull Long hamletId,
        @NotNull @Min(1) @Max(999) Integer number,
        @Schema(description = "Display name; \"Nhóm LGTQ số N, <hamlet>\" when absent") @Size(max = 200) String name,
        @PastOrPresent LocalDate foundedOn,
        @Schema(description = "ACTIVE when absent") GroupStatus status,
        @Size(max = 4000) String notes,
        @Size(max = 200) String leaderAccount) {
}
