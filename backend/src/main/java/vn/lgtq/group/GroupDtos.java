package vn.lgtq.group;

import static vn.lgtq.security.PersonalData.NAMES;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lgtq.household.HouseholdDtos;
import vn.lgtq.security.Personal;

/** What the API answers about groups. */
public final class GroupDtos {
    private GroupDtos() {
    }

    @Schema(name = "GroupSummary")
    public record Summary(long id, long hamletId, String hamletName, int number, String name, LocalDate foundedOn,
            GroupStatus status, @Personal(NAMES) PersonRef leader,
            @Personal(NAMES) PersonRef deputy,
            @Schema(description = "Keycloak username of the group leader's account") @Personal(NAMES)
            String leaderAccount,
            int householdCount, int peopleCount,
            @Schema(description = "Things the user should look at, e.g. a size outside the usual range; not errors")
            List<Warning> warnings, long version) {
    }

    @Schema(name = "GroupDetail")
    public record Detail(long id, long hamletId, String hamletName, int number, String name, LocalDate foundedOn,
            GroupStatus status, @Personal(NAMES) PersonRef leader,
            @Personal(NAMES) PersonRef deputy, @Personal(NAMES) String leaderAccount,
            int householdCount, int peopleCount, List<Warning> warnings, long version, String notes,
            @Schema(description = "The households currently in the group") List<HouseholdDtos.Summary> households) {
    }

    @Schema(name = "PersonRef")
    public record PersonRef(long id, String fullName, long householdId) {
    }

    @Schema(name = "Warning")
    public record Warning(String code, String message) {
    }

    @Schema(name = "GroupPage")
    public record Page(List<Summary> items, long total, int page, int size) {
    }
}
