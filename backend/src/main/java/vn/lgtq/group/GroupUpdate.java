package vn.lgtq.group;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record GroupUpdate(
        @NotNull @Min(1) @Max(999) Integer number,
        @NotBlank @Size(max = 200) String name,
        @PastOrPresent LocalDate foundedOn,
        @NotNull GroupStatus status,
        @Size(max = 4000) String notes,
        @Size(max = 200) String leaderAccount,
        @Schema(description = "A person of a household currently in the group") Long leaderPersonId,
        @Schema(description = "A person of a household currently in the group") Long deputyPersonId,
        @NotNull Long version) {
}
