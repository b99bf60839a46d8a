package vn.lgtq.recognition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the recognitions register. */
public final class RecognitionDtos {
    private RecognitionDtos() {
    }

    @Schema(name = "RecognitionCreate", description = "A group, a person, or both (a person of that group)")
    public record Create(
            @Schema(description = "The unit the recognition is recorded under, in the caller's scope") @NotNull
            Long unitId,
            @Schema(description = "A group of a hamlet in the unit's subtree") Long groupId,
            @Schema(description = "The person recognised") @Size(max = 200) String personName,
            @Schema(description = "Not in the future") @NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull RecognitionLevel level,
            @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "Recognition")
    public record Dto(long id, long unitId, String unitName, Long groupId, String groupName, String personName,
            int year, RecognitionLevel level, String reason, String recordedBy, OffsetDateTime recordedAt) {
    }

    @Schema(name = "RecognitionPage")
    public record Page(List<Dto> items, long total, int page, int size) {
    }
}
