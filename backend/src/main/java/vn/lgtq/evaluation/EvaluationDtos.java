package vn.lgtq.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the yearly evaluations: group ratings, cultural families, commune safety standard. */
public final class EvaluationDtos {
    private EvaluationDtos() {
    }

    @Schema(name = "GroupRatingScale")
    public record Scale(
            @Schema(description = "The rating levels, best first (lgtq.evaluation.group-rating-scale)") List<String> levels,
            @Schema(description = "How many of the top levels count as \"good or better\"") int goodOrBetterLevels,
            @Schema(description = "The criteria a rating may record as met") List<GroupCriterion> criteria) {
    }

    @Schema(name = "GroupRatingInput")
    public record RatingInput(
            @Schema(description = "One of the scale's levels") @NotBlank @Size(max = 40) String rating,
            @Schema(description = "Criteria met in the year; listed once each") @Size(max = 20)
            List<@NotNull GroupCriterion> criteriaMet,
            @Size(max = 1000) String note,
            @Schema(description = "The version read, to refuse (409) a rating changed by someone else since; omit to"
                    + " overwrite") Long version) {
    }

    @Schema(name = "GroupRating")
    public record RatingDto(long groupId, String groupName, int year, String rating,
            @Schema(description = "1-based position of the rating in the scale (1 = best)") int rank,
            @Schema(description = "True when rank is within the good-or-better levels") boolean goodOrBetter,
            @Schema(description = "In the order of the criteria list") List<GroupCriterion> criteriaMet, String note,
            @Schema(description = "Username of who rated") String ratedBy, OffsetDateTime ratedAt, long version) {
    }

    @Schema(name = "UnitGroupRating")
    public record GroupRatingRow(long groupId, String groupName, int number, long hamletId, String hamletName,
            @Schema(description = "Null when the group is not rated for the year") RatingDto rating) {
    }

    @Schema(name = "UnitGroupRatingPage")
    public record GroupRatingPage(int year, List<GroupRatingRow> items, long total, int page, int size,
            @Schema(description = "Of the total active groups, those rated for the year") long rated,
            @Schema(description = "Of those, rated at a good-or-better level") long goodOrBetter) {
    }

    @Schema(name = "CulturalFamiliesInput")
    public record CulturalInput(
            @Schema(description = "Households of the hamlet, each listed once") @NotNull @Size(min = 1, max = 500)
            List<@Valid @NotNull CulturalEntry> ratings) {
    }

    @Schema(name = "CulturalFamilyEntry")
    public record CulturalEntry(@Schema(description = "A household of the hamlet") @NotNull Long householdId,
            @Schema(description = "Recognised as a cultural family for the year") @NotNull Boolean cultural) {
    }

    @Schema(name = "CulturalFamily")
    public record CulturalRow(long householdId, String code, String headName,
            @Schema(description = "The household's current group; null when in none") Long groupId, String groupName,
            @Schema(description = "Null when not rated for the year") Boolean cultural) {
    }

    @Schema(name = "CulturalFamilyPage")
    public record CulturalPage(long hamletId, String hamletName, int year, List<CulturalRow> items,
            @Schema(description = "Households listed (the hamlet's, or a group leader's own group's)") long total,
            int page, int size,
            @Schema(description = "Of the households listed, those rated for the year") long rated,
            @Schema(description = "Of those, recognised as cultural families") long cultural) {
    }

    @Schema(name = "CulturalFamiliesSaved")
    public record CulturalSaved(long hamletId, int year, @Schema(description = "Ratings written") int saved,
            @Schema(description = "Households of the hamlet") long households,
            @Schema(description = "Of those, rated for the year") long rated,
            @Schema(description = "Of those, recognised as cultural families") long cultural) {
    }

    @Schema(name = "SafetyStandardInput")
    public record SafetyInput(
            @Schema(description = "Whether the commune met the security-and-order safety standard") @NotNull Boolean met,
            @Schema(description = "The day of the decision: not in the future, nor before the year assessed") @NotNull
            @PastOrPresent LocalDate decidedOn,
            @Schema(description = "The decision's number, e.g. \"123/QĐ-UBND\"") @Size(max = 100) String decisionRef,
            @Size(max = 1000) String note,
            @Schema(description = "The version read, to refuse (409) a decision changed by someone else since; omit to"
                    + " overwrite") Long version) {
    }

    @Schema(name = "SafetyStandard")
    public record SafetyRow(long communeId, String communeCode, String communeName, int year,
            @Schema(description = "Null when no decision is recorded for the year") Boolean met, LocalDate decidedOn,
            String decisionRef, String note, String recordedBy, OffsetDateTime recordedAt,
            @Schema(description = "Null when no decision is recorded") Long version) {
    }

    @Schema(name = "SafetyStandardPage")
    public record SafetyPage(List<SafetyRow> items, long total, int page, int size,
            @Schema(description = "Rows with a decision") long decided,
            @Schema(description = "Of those, decisions that the standard was met") long met) {
    }
}
