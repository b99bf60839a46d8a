package vn.lgtq.household;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person of a household as sent by the client; id null for a new person")
public record PersonInput(
        Long id,
        @NotBlank @Size(max = 200) String fullName,
        @PastOrPresent LocalDate birthDate,
        @Min(1880) @Max(2200) Integer birthYear,
        Gender gender,
        @NotNull Relation relation,
        @Schema(description = "12-digit citizen identity number (CCCD)") @Size(max = 12) String citizenId) {
}
