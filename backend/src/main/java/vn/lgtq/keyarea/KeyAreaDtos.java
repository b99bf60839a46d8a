package vn.lgtq.keyarea;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lgtq.unit.UnitLevel;

/** Requests and answers of the key areas register. */
public final class KeyAreaDtos {
    private KeyAreaDtos() {
    }

    @Schema(name = "KeyAreaCreate")
    public record Create(
            @Schema(description = "A commune or a hamlet in the caller's scope") @NotNull Long unitId,
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "What makes it a key area: the kinds of crime or disorder") @Size(max = 2000)
            String problem,
            @NotNull @PastOrPresent LocalDate listedOn,
            @Schema(description = "When it was declared transformed; not before listedOn") @PastOrPresent
            LocalDate transformedOn,
            @Size(max = 1000) String note) {
    }

    @Schema(name = "KeyAreaUpdate")
    public record Update(
            @Schema(description = "A commune or a hamlet in the caller's scope") @NotNull Long unitId,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String problem,
            @NotNull @PastOrPresent LocalDate listedOn,
            @Schema(description = "When it was declared transformed; not before listedOn") @PastOrPresent
            LocalDate transformedOn,
            @Size(max = 1000) String note,
            @NotNull Long version) {
    }

    @Schema(name = "KeyArea")
    public record Dto(long id, long unitId, String unitName, UnitLevel unitLevel, String name, String problem,
            LocalDate listedOn, LocalDate transformedOn,
            @Schema(description = "True once transformedOn is set") boolean transformed, String note,
            String recordedBy, OffsetDateTime recordedAt, long version) {
    }

    @Schema(name = "KeyAreaPage")
    public record Page(List<Dto> items, long total, int page, int size) {
    }
}
