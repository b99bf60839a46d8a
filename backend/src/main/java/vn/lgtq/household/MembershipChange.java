package vn.lgtq.household;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Join, move to or leave a group (groupId null leaves the current group)")
public record MembershipChange(Long groupId, @Schema(description = "Day of the change; today when absent") LocalDate date,
        @NotNull Long version) {
}
