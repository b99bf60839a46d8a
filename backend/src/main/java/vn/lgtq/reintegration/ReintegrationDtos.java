package vn.lgtq.reintegration;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lgtq.security.Personal;
import vn.lgtq.security.PersonalData;

/**
 * Requests and answers of the reintegration API. Fields marked NON_NULL are left out of the JSON in the
 * leaders' reduced view (category, history, birth year, citizen ID, contact notes): absent, not just empty.
 */
public final class ReintegrationDtos {
    private ReintegrationDtos() {
    }

    @Schema(name = "HelperInput")
    public record HelperInput(@NotNull Long householdId, @PastOrPresent LocalDate commitmentSignedOn) {
    }

    @Schema(name = "ReintegrationCaseCreate")
    public record Create(
            @Schema(description = "A person of a household of the hamlet; or give fullName and birthYear") Long personId,
            @Size(max = 200) String fullName,
            @Min(1900) @Max(2100) Integer birthYear,
            @Pattern(regexp = "\\d{12}", message = "gồm đúng 12 chữ số") String citizenId,
            @NotNull Long hamletId,
            @NotNull ReintegrationCategory category,
            @NotNull LocalDate startedOn,
            LocalDate plannedEndOn,
            @NotNull Long groupId,
            @Size(max = 20) List<@Valid @NotNull HelperInput> helpers,
            @Schema(description = "Username of the responsible officer; the caller when empty") @Size(max = 200)
            String responsibleOfficer,
            @NotNull SupportLevel supportLevel,
            @Schema(description = "Convictions and health history; encrypted, officers only") @Size(max = 4000)
            String history) {
    }

    @Schema(name = "ReintegrationCaseUpdate")
    public record Update(
            @Schema(description = "After a handover: the hamlet of the new commune") Long hamletId,
            @NotNull ReintegrationCategory category,
            LocalDate plannedEndOn,
            Long groupId,
            @Size(max = 20) List<@Valid @NotNull HelperInput> helpers,
            @Size(max = 200) String responsibleOfficer,
            @NotNull SupportLevel supportLevel,
            @Size(max = 4000) String history,
            @NotNull Long version) {
    }

    @Schema(name = "SupportGoal")
    public record Goal(@NotNull SupportArea area, @NotBlank @Size(max = 500) String goal, @Size(max = 2000) String actions) {
    }

    @Schema(name = "SupportPlan", description = "Shown to the responsible leaders too: write no health details here")
    public record Plan(@Size(max = 20) List<@Valid @NotNull Goal> goals, @NotNull Long version) {
    }

    @Schema(name = "ContactInput")
    public record ContactInput(@NotNull @PastOrPresent LocalDate contactedOn, @NotNull ContactMethod method,
            @NotNull ContactResult result, @Schema(description = "Encrypted; officers only") @Size(max = 2000)
            String notes) {
    }

    @Schema(name = "StatusChange")
    public record StatusChange(@NotNull ReintegrationStatus status, @NotNull @PastOrPresent LocalDate on,
            @Size(max = 1000) String note,
            @Schema(description = "Required with MOVED_AWAY: the commune that takes the case over") Long toCommuneId,
            @NotNull Long version) {
    }

    @Schema(name = "BreakGlassRequest")
    public record BreakGlassRequest(@NotBlank @Pattern(regexp = "\\d{12}", message = "gồm đúng 12 chữ số") String citizenId,
            @NotBlank @Size(min = 10, max = 1000) String reason) {
    }

    @Schema(name = "BreakGlassGrant")
    public record BreakGlassGrant(List<Long> caseIds, OffsetDateTime expiresAt) {
    }

    @Schema(name = "BreakGlassAccess")
    public record BreakGlassAccess(long id, long caseId, String username, String reason, OffsetDateTime grantedAt,
            OffsetDateTime expiresAt) {
    }

    @Schema(name = "BreakGlassAccessPage")
    public record AccessPage(List<BreakGlassAccess> items, long total, int page, int size) {
    }

    @Schema(name = "ReintegrationHelper")
    public record Helper(long householdId, String code, String headName, LocalDate commitmentSignedOn) {
    }

    @Schema(name = "ReintegrationContact")
    public record Contact(long id, LocalDate contactedOn, ContactMethod method, ContactResult result,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Personal(PersonalData.REINTEGRATION_RECORD) String notes,
            String recordedBy, OffsetDateTime recordedAt) {
    }

    @Schema(name = "ReintegrationStatusEvent")
    public record StatusEvent(ReintegrationStatus status, LocalDate on,
            @JsonInclude(JsonInclude.Include.NON_NULL) String note, String actor, String toCommuneName) {
    }

    @Schema(name = "ReintegrationCaseSummary")
    public record Summary(long id, CaseView view, String personName, Long hamletId, String hamletName, Long groupId,
            String groupName, ReintegrationStatus status, SupportLevel supportLevel, LocalDate lastContactOn,
            LocalDate nextContactDue, boolean contactOverdue,
            @Schema(description = "Never in lists: read the case (audited) for it")
            @JsonInclude(JsonInclude.Include.NON_NULL) @Personal(PersonalData.REINTEGRATION_RECORD) ReintegrationCategory category) {
    }

    @Schema(name = "ReintegrationCasePage")
    public record Page(List<Summary> items, long total, int page, int size) {
    }

    @Schema(name = "ReintegrationCaseDetail")
    public record Detail(long id, CaseView view, String personName, Long personId,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Personal(PersonalData.REINTEGRATION_RECORD) Integer birthYear,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Personal(PersonalData.REINTEGRATION_RECORD) String citizenId,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Personal(PersonalData.REINTEGRATION_RECORD) ReintegrationCategory category,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Personal(PersonalData.REINTEGRATION_RECORD) String history,
            long communeId, String communeName, Long hamletId, String hamletName, Long groupId, String groupName,
            List<Helper> helpers, SupportLevel supportLevel, LocalDate startedOn, LocalDate plannedEndOn,
            String responsibleOfficer, Plan plan, List<Contact> contacts, List<StatusEvent> statusEvents,
            ReintegrationStatus status, LocalDate lastContactOn, LocalDate nextContactDue, boolean contactOverdue,
            @Schema(description = "The caller may edit the case, its plan and status (not under a break-glass grant)")
            boolean manageable,
            long version) {
    }

    @Schema(name = "ReintegrationFigures")
    public record Figures(long unitId, String unitName, LocalDate from, LocalDate to, long peopleFollowed,
            Map<String, Long> byCategory, Map<String, Long> byStatus, long completed, long relapsed,
            @Schema(description = "relapsed ÷ peopleFollowed, 0..1; null when nobody is followed") Double relapseRate,
            long overdueContacts) {
    }
}
