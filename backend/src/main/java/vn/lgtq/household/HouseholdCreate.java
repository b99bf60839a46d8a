package vn.lgtq.household;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record HouseholdCreate(
        @NotNull Long hamletId,
        @NotBlank @Size(max = 32) @Pattern(regexp = HouseholdUpdate.CODE_PATTERN, message = "{lgtq.household.code.pattern}")
        String code,
        @Size(max = 300) String address,
        @Schema(description = "Vietnamese phone number; spaces, dots and +84 accepted") @Size(max = 20) String phone,
        @Schema(description = "The active group the household joins, if any") Long groupId,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull PersonInput> people) {
}
