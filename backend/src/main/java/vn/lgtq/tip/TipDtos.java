package vn.lgtq.tip;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lgtq.security.Personal;
import vn.lgtq.security.PersonalData;

/** Requests and answers of the tips API. None of them carries the informant, except the reveal answer. */
public final class TipDtos {
    private TipDtos() {
    }

    @Schema(name = "TipCreate")
    public record Create(
            @NotNull Long hamletId,
            @NotNull TipCategory category,
            @Schema(description = "When it happened; null when unknown") @PastOrPresent OffsetDateTime occurredAt,
            @Size(max = 500) String locationText,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
            @NotBlank @Size(max = 4000) String description,
            @Schema(description = "SELF (the user), INFORMANT (named below) or ANONYMOUS") @NotNull TipSource source,
            @Schema(description = "Only with source INFORMANT; stored encrypted") @Size(max = 200) String informantName,
            @Schema(description = "Only with source INFORMANT; stored encrypted") @Size(max = 200) String informantContact) {
    }

    @Schema(name = "PublicTipCreate")
    public record PublicCreate(
            @NotNull Long hamletId,
            @NotNull TipCategory category,
            @PastOrPresent OffsetDateTime occurredAt,
            @Size(max = 500) String locationText,
            @NotBlank @Size(max = 4000) String description) {
    }

    @Schema(name = "TipSummary")
    public record Summary(long id, long hamletId, String hamletName, long primaryUnitId, String primaryUnitName,
            TipCategory category, OffsetDateTime occurredAt, OffsetDateTime createdAt, TipStatus status,
            TipOutcome outcome, TipSource source, String assignee,
            @Schema(description = "Still new after the configured triage time") boolean overdue,
            @Schema(description = "Not yet opened by the caller") boolean unread, long version) {
    }

    @Schema(name = "TipDetail")
    public record Detail(Summary summary, String description, String locationText, BigDecimal latitude,
            BigDecimal longitude, Set<Long> copyUnitIds, Long duplicateOfId, int arrestsOrCases,
            String propertyRecovered, String handedToAgency,
            @Schema(description = "True when a named informant is on record (revealed only on request)")
            boolean hasInformant,
            List<Event> events, List<Photo> photos) {
    }

    @Schema(name = "TipEvent")
    public record Event(long id, OffsetDateTime occurredAt,
            @Schema(description = "Username; null for the citizen who follows the tip with its code") String actor,
            TipEvent.Kind kind, TipStatus fromStatus, TipStatus toStatus, String comment, boolean shownToCitizen) {
    }

    @Schema(name = "TipPhoto")
    public record Photo(long id, String contentType, int sizeBytes) {
    }

    @Schema(name = "TipPage")
    public record Page(List<Summary> items, long total, int page, int size) {
    }

    @Schema(name = "TipTransition")
    public record Transition(@NotNull TipStatus to, @Size(max = 2000) String comment,
            @Schema(description = "Required when closing") TipOutcome outcome,
            @Schema(description = "Required with outcome DUPLICATE") Long duplicateOfId, @NotNull Long version) {
    }

    @Schema(name = "TipAssignment")
    public record Assignment(@Schema(description = "Username of the officer; null to unassign") @Size(max = 200)
            String assignee, @Size(max = 2000) String comment, @NotNull Long version) {
    }

    @Schema(name = "TipForwarding")
    public record Forwarding(@Schema(description = "The commune that handles the tip from now on") @NotNull Long primaryUnitId,
            @Schema(description = "Units that receive a copy for information") Set<@NotNull Long> copyUnitIds,
            @Size(max = 2000) String comment, @NotNull Long version) {
    }

    @Schema(name = "TipResults")
    public record Results(@Min(0) int arrestsOrCases, @Size(max = 500) String propertyRecovered,
            @Size(max = 200) String handedToAgency, @Size(max = 2000) String comment, @NotNull Long version) {
    }

    @Schema(name = "TipMessage")
    public record Message(@NotBlank @Size(max = 2000) String text) {
    }

    @Schema(name = "InformantRevealRequest")
    public record RevealRequest(@Schema(description = "Why the identity is needed; kept in the audit trail")
            @NotBlank @Size(min = 10, max = 1000) String reason) {
    }

    @Schema(name = "Informant")
    public record Informant(@Personal(PersonalData.INFORMANT) String name, @Personal(PersonalData.INFORMANT) String contact) {
    }

    @Schema(name = "TipInbox")
    public record Inbox(long newTips, long unread, long overdue) {
    }

    @Schema(name = "PublicTipCreated")
    public record PublicCreated(@Schema(description = "Keep it: the only way to follow the tip") String trackingCode,
            TipStatus status) {
    }

    @Schema(name = "PublicTipView")
    public record PublicView(TipCategory category, TipStatus status, OffsetDateTime createdAt, String hamletName,
            String communeName, List<PublicMessage> messages) {
    }

    @Schema(name = "PublicTipMessage")
    public record PublicMessage(OffsetDateTime at, @Schema(description = "POLICE or CITIZEN") String from,
            TipEvent.Kind kind, String text) {
    }

    @Schema(name = "PublicUnit")
    public record PublicUnit(long id, String name, String level) {
    }

    @Schema(name = "TipFigures")
    public record Figures(long unitId, String unitName, long total, long arrestsOrCases,
            Map<String, Long> byCategory, Map<String, Long> byStatus, Map<String, Long> byOutcome,
            @Schema(description = "Tips filed per month, keyed YYYY-MM") Map<String, Long> byMonth) {
    }
}
