package vn.lgtq.household;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

public record HouseholdUpdate(
        @NotBlank @Size(max = 32) @Pattern(regexp = CODE_PATTERN, message = "{lgtq.household.code.pattern}") String code,
        @Size(max = 300) String address,
        @Size(max = 20) String phone,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull PersonInput> people,
        @NotNull Long version) {

    static final String CODE_PATTERN = "[\\p{L}0-9][\\p{L}0-9./\\-]*";
}
