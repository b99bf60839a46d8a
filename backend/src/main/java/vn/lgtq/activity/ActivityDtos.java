package vn.lgtq.activity;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the activities API: meetings, patrols, propaganda, commitments, figures. */
public final class ActivityDtos {
    private ActivityDtos() {
    }

    @Schema(name = "MeetingInput")
    public record MeetingInput(
            @Schema(description = "Not in the future, nor before the group's founding") @NotNull @PastOrPresent
            LocalDate heldOn,
            @Schema(description = "Households currently in the group that attended") @Size(max = 500)
            List<@NotNull Long> attendingHouseholdIds,
            @Size(max = 2000) String topics,
            @Size(max = 2000) String decisions) {
    }

    @Schema(name = "Meeting")
    public record MeetingDto(long id, long groupId, String groupName, LocalDate heldOn, List<Long> attendingHouseholdIds,
            @Schema(description = "Number of attending households") int attendance,
            @Schema(description = "Households in the group when the meeting was recorded") int memberHouseholds,
            String topics, String decisions, String recordedBy, OffsetDateTime recordedAt) {
    }

    @Schema(name = "MeetingPage")
    public record MeetingPage(List<MeetingDto> items, long total, int page, int size) {
    }

    @Schema(name = "GroupMeetingStatus")
    public record GroupMeetingStatus(long groupId, String groupName, long hamletId, String hamletName,
            @Schema(description = "Last meeting on or before the day asked; null when none") LocalDate lastMeetingOn,
            @Schema(description = "True when dueOn is before the day asked") boolean overdue,
            @Schema(description = "The last meeting (else the founding, else the creation) plus the meeting interval")
            LocalDate dueOn) {
    }

    @Schema(name = "GroupMeetingStatusPage")
    public record GroupMeetingStatusPage(List<GroupMeetingStatus> items, long total, int page, int size) {
    }

    @Schema(name = "PatrolInput")
    public record PatrolInput(
            @NotNull Long hamletId,
            @Schema(description = "A group of that hamlet; required for group leaders (their own group)") Long groupId,
            @NotNull @PastOrPresent OffsetDateTime startedAt,
            @Schema(description = "After startedAt") @PastOrPresent OffsetDateTime endedAt,
            @Schema(description = "Free text, e.g. \"Công an xã 2, nhóm 4 người\"") @Size(max = 1000) String participants,
            @Size(max = 500) String area,
            @Size(max = 4000) String observations,
            @Schema(description = "A tip the patrol led to, visible to the caller") Long tipId) {
    }

    @Schema(name = "Patrol")
    public record PatrolDto(long id, long hamletId, String hamletName, Long groupId, String groupName,
            OffsetDateTime startedAt, OffsetDateTime endedAt, String participants, String area, String observations,
            Long tipId, String recordedBy, OffsetDateTime recordedAt) {
    }

    @Schema(name = "PatrolPage")
    public record PatrolPage(List<PatrolDto> items, long total, int page, int size) {
    }

    @Schema(name = "PropagandaInput")
    public record PropagandaInput(
            @NotNull Long hamletId,
            @Schema(description = "A group of that hamlet; required for group leaders (their own group)") Long groupId,
            @NotNull @PastOrPresent LocalDate heldOn,
            @NotBlank @Size(max = 300) String topic,
            @NotNull PropagandaChannel channel,
            @Schema(description = "People reached, when known") @Min(0) Integer audience,
            @Size(max = 2000) String notes) {
    }

    @Schema(name = "PropagandaSession")
    public record PropagandaDto(long id, long hamletId, String hamletName, Long groupId, String groupName,
            LocalDate heldOn, String topic, PropagandaChannel channel, Integer audience, String notes,
            String recordedBy, OffsetDateTime recordedAt) {
    }

    @Schema(name = "PropagandaSessionPage")
    public record PropagandaPage(List<PropagandaDto> items, long total, int page, int size) {
    }

    @Schema(name = "CommitmentInput")
    public record CommitmentInput(
            @Schema(description = "In the year of the commitment, not in the future") @NotNull @PastOrPresent
            LocalDate signedOn) {
    }

    @Schema(name = "HouseholdCommitment")
    public record CommitmentDto(long householdId, int year, LocalDate signedOn, String recordedBy) {
    }

    @Schema(name = "GroupCommitmentHousehold")
    public record CommitmentRow(long householdId, String code, String headName,
            @Schema(description = "Null when the household has not signed for the year") LocalDate signedOn) {
    }

    @Schema(name = "GroupCommitments")
    public record GroupCommitments(long groupId, int year,
            @Schema(description = "Households currently in the group") int memberHouseholds,
            @Schema(description = "Of those, households that signed for the year") int committed,
            @Schema(description = "committed / memberHouseholds (0..1); null for a group without households") Double rate,
            List<CommitmentRow> households) {
    }

    @Schema(name = "ActivityFigures")
    public record Figures(long unitId, String unitName, LocalDate from, LocalDate to,
            @Schema(description = "Meetings held in the period by groups of the hamlets below the unit") long meetingsHeld,
            @Schema(description = "Active groups below the unit (today)") long groupsActive,
            @Schema(description = "Of those, groups overdue for a meeting as of `to`") long groupsOverdue,
            @Schema(description = "Patrols started in the period") long patrols,
            @Schema(description = "Propaganda sessions held in the period") long propagandaSessions,
            @Schema(description = "Sessions per channel; every channel present") Map<String, Long> propagandaByChannel,
            @Schema(description = "The year of `to`") int commitmentYear,
            @Schema(description = "Households currently in the active groups below the unit") long householdsInGroups,
            @Schema(description = "Of those, households with a commitment for commitmentYear") long householdsCommitted,
            @Schema(description = "householdsCommitted / householdsInGroups (0..1, 4 decimals); null without households")
            Double commitmentRate) {
    }

    /** committed / total rounded to 4 decimals, or null when there is nothing to divide. */
    static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
