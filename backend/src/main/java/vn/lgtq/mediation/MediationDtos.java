package vn.lgtq.mediation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the mediation API. */
public final class MediationDtos {
    private MediationDtos() {
    }

    @Schema(name = "MediationCaseCreate")
    public record Create(
            @Schema(description = "The group that mediates; the case belongs to its hamlet") @NotNull Long groupId,
            @NotNull @PastOrPresent LocalDate receivedOn,
            @NotNull MediationIntake intake,
            @NotNull DisputeType disputeType,
            @NotBlank @Size(max = 2000) String description,
            @Schema(description = "At least two") @NotNull @Size(min = 2, max = 20) List<@Valid @NotNull PartyInput> parties,
            @Schema(description = "At least one") @NotNull @Size(min = 1, max = 10) List<@Valid @NotNull MediatorInput> mediators) {
    }

    @Schema(name = "MediationPartyInput", description = "Either householdId (with an optional personId) or outsiderName")
    public record PartyInput(
            @Schema(description = "A household of the group's hamlet") Long householdId,
            @Schema(description = "A person of that household, when the party is one person rather than the household")
            Long personId,
            @Schema(description = "Someone who does not live in the hamlet") @Size(max = 200) String outsiderName,
            @Schema(description = "Only with outsiderName; personal data") @Size(max = 300) String outsiderAddress) {
    }

    @Schema(name = "MediatorInput")
    public record MediatorInput(@NotNull MediatorRole role, @NotBlank @Size(max = 200) String name) {
    }

    @Schema(name = "MediationSessionInput")
    public record SessionInput(
            @Schema(description = "Not before the day the case was received") @NotNull @PastOrPresent LocalDate heldOn,
            @Size(max = 300) String place,
            @Schema(description = "Who came, as free text") @Size(max = 1000) String attendees,
            @Size(max = 4000) String notes) {
    }

    @Schema(name = "MediationClosing")
    public record Closing(
            @Schema(description = "RECONCILED and NOT_RECONCILED need at least one session") @NotNull MediationOutcome outcome,
            @Schema(description = "Not before the day received nor the last session") @NotNull @PastOrPresent LocalDate closedOn,
            @Schema(description = "The text of the agreement: required for RECONCILED, only then") @Size(max = 4000)
            String agreement,
            @Schema(description = "Required for ESCALATED, only then") EscalationTarget escalatedTo,
            @Size(max = 2000) String note,
            @NotNull Long version) {
    }

    @Schema(name = "MediationCaseSummary")
    public record Summary(long id, long groupId, String groupName, long hamletId, String hamletName,
            LocalDate receivedOn, MediationIntake intake, DisputeType disputeType, MediationStatus status,
            MediationOutcome outcome, EscalationTarget escalatedTo, LocalDate closedOn, int sessionCount,
            @Schema(description = "\"Hộ <code> — <head>\" for a household, else the person's or outsider's name, as recorded")
            List<String> partyNames,
            long version) {
    }

    @Schema(name = "MediationCaseDetail")
    public record Detail(Summary summary, String description, List<Party> parties, List<Mediator> mediators,
            @Schema(description = "Oldest first") List<Session> sessions,
            String agreement, EscalationTarget escalatedTo, String outcomeNote) {
    }

    @Schema(name = "MediationParty")
    public record Party(long id, Long householdId, String householdCode, Long personId, String name, boolean outsider,
            @Schema(description = "An outsider's address; null for callers who do not see personal data") String address) {
    }

    @Schema(name = "Mediator")
    public record Mediator(long id, MediatorRole role, String name) {
    }

    @Schema(name = "MediationSession")
    public record Session(long id, LocalDate heldOn, String place, String attendees, String notes,
            @Schema(description = "Username of who recorded it") String recordedBy, OffsetDateTime recordedAt) {
    }

    @Schema(name = "MediationCasePage")
    public record Page(List<Summary> items, long total, int page, int size) {
    }

    @Schema(name = "MediationFigures")
    public record Figures(long unitId, String unitName, LocalDate from, LocalDate to,
            @Schema(description = "Cases received in the period") long received,
            @Schema(description = "Of the cases received in the period, those still open") long open,
            @Schema(description = "Cases closed in the period") long closed,
            @Schema(description = "Cases received in the period by DisputeType (every type, zeros included)")
            Map<String, Long> byType,
            @Schema(description = "Cases closed in the period by MediationOutcome (every outcome, zeros included)")
            Map<String, Long> byOutcome,
            @Schema(description = "Reconciled ÷ (closed − withdrawn) in the period, 0..1; null when nothing to divide by")
            Double successRate,
            @Schema(description = "Median of days from received to closed over the cases closed in the period; null when none")
            Double medianDaysToClose) {
    }
}
