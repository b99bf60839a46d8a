package vn.lgtq.fund;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the groups' funds. */
public final class FundDtos {
    private FundDtos() {
    }

    @Schema(name = "FundEntryInput")
    public record Input(
            @NotNull FundKind kind,
            @Schema(description = "Not in the future, nor before the group's founding") @NotNull @PastOrPresent
            LocalDate entryOn,
            @Schema(description = "Vietnamese đồng: more than 0, or 0 for equipment given as SUPPORT without a value;"
                    + " an EXPENSE may not exceed the balance") @NotNull @PositiveOrZero @Max(1_000_000_000_000L)
            Long amount,
            @NotBlank @Size(max = 500) String description,
            @Schema(description = "Who gave it, e.g. \"Công an tỉnh\"") @Size(max = 200) String source) {
    }

    @Schema(name = "FundEntry")
    public record Entry(long id, long groupId, FundKind kind, LocalDate entryOn, long amount, String description,
            String source, @Schema(description = "Username of who recorded it") String recordedBy,
            OffsetDateTime recordedAt) {
    }

    @Schema(name = "FundEntryPage")
    public record EntryPage(List<Entry> items, long total, int page, int size) {
    }

    @Schema(name = "GroupFund")
    public record Fund(long groupId, String groupName,
            @Schema(description = "Sum of CONTRIBUTION entries, đồng") long contributions,
            @Schema(description = "Sum of SUPPORT entries, đồng") long support,
            @Schema(description = "Sum of EXPENSE entries, đồng") long expenses,
            @Schema(description = "contributions + support - expenses over all entries") long balance,
            @Schema(description = "A page of the entries, newest first") EntryPage entries) {
    }
}
