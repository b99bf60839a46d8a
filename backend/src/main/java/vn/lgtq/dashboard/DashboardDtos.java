package vn.lgtq.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lgtq.unit.UnitLevel;

/** What the dashboard sends: aggregates only, never a name of a person. */
public final class DashboardDtos {
    private DashboardDtos() {
    }

    @Schema(name = "DashboardFigures", description = "The model's figures for one unit and period. Counts of the"
            + " period are of records dated within it; states (groups, households, balance) are as of its last day;"
            + " yearly evaluations count the years the period touches. Percentages are 0–100 with one decimal, null"
            + " when nothing was counted.")
    public record Figures(
            @Schema(description = "Hamlets valid on the last day") long hamlets,
            @Schema(description = "Of those, hamlets with at least one active group") long hamletsWithGroups,
            Double coveragePercent,
            @Schema(description = "Active groups founded by the last day") long groups,
            long households,
            @Schema(description = "Households in a group on the last day") long memberHouseholds,
            @Schema(description = "Security tips filed in the period about the hamlets below (where it happened)") long tips,
            @Schema(description = "Arrests or cases made from those tips") long arrestsOrCases,
            long mediationsReceived,
            long mediationsClosed,
            long mediationsReconciled,
            @Schema(description = "Reconciled among the cases closed in the period, withdrawn ones left out")
            Double mediationSuccessPercent,
            @Schema(description = "Group meetings held in the period") long meetings,
            @Schema(description = "Active groups overdue for a meeting on the last day") long overdueGroups,
            @Schema(description = "People after rehabilitation or prison followed at some time in the period")
            long peopleFollowed,
            long groupsRated,
            @Schema(description = "Ratings at a good-or-better level of the scale") long groupsRatedGood,
            Double groupsRatedGoodPercent,
            long householdsRated,
            long culturalFamilies,
            Double culturalFamiliesPercent,
            @Schema(description = "Commune-years with a safety-standard decision") long communesAssessed,
            long communesMeetingStandard,
            Double communesMeetingStandardPercent,
            @Schema(description = "Key complex areas listed by the last day") long keyAreas,
            @Schema(description = "Of those, transformed by the last day") long keyAreasTransformed,
            long recognitions,
            @Schema(description = "VND contributed by members in the period") long fundContributions,
            @Schema(description = "VND of support received in the period (money or equipment at its value)")
            long fundSupport,
            @Schema(description = "VND spent in the period") long fundExpenses,
            @Schema(description = "VND in the funds on the last day") long fundBalance) {
    }

    @Schema(name = "DashboardUnit")
    public record UnitRef(long id, String code, String name, UnitLevel level) {
    }

    @Schema(name = "DashboardRow", description = "A unit below, with its figures; history reached through its"
            + " predecessors counts in it")
    public record Row(UnitRef unit, boolean hasChildren, Figures figures) {
    }

    @Schema(name = "DashboardMonth")
    public record Month(@Schema(example = "2026-03") String month, long tips, long arrestsOrCases,
            long mediationsClosed, long mediationsReconciled, long meetings) {
    }

    @Schema(name = "DashboardYear")
    public record Year(int year, long groupsRated, long groupsRatedGood, Double groupsRatedGoodPercent,
            long householdsRated, long culturalFamilies, Double culturalFamiliesPercent, long communesAssessed,
            long communesMeetingStandard, Double communesMeetingStandardPercent, long recognitions) {
    }

    @Schema(name = "Dashboard")
    public record Dashboard(
            UnitRef unit,
            @Schema(description = "The unit's parents from the highest the caller sees down, for the breadcrumb")
            List<UnitRef> path,
            LocalDate from,
            LocalDate to,
            @Schema(description = "The period compared with: from a 1 January the same dates as many years before,"
                    + " else as many whole months (or days) just before") LocalDate previousFrom,
            LocalDate previousTo,
            Figures figures,
            Figures previous,
            @Schema(description = "Tips of the period per category; every category present") Map<String, Long> tipsByCategory,
            Map<String, Long> tipsByStatus,
            Map<String, Long> tipsByOutcome,
            Map<String, Long> mediationsByOutcome,
            @Schema(description = "Units one level down (a province shows its former districts, and communes"
                    + " not tied to one), valid on the last day") List<Row> children,
            @Schema(description = "The current communes below a province or district, for the map; empty below")
            List<Row> communes,
            List<Month> monthly,
            List<Year> yearly,
            @Schema(description = "The group rating scale, best level first") List<String> ratingScale,
            @Schema(description = "How many top levels count as good or better") int goodOrBetterLevels) {
    }
}
