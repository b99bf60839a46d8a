package vn.lgtq.household;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API answers about households; personal fields are null for roles that may not see them. */
public final class HouseholdDtos {
    private HouseholdDtos() {
    }

    @Schema(name = "HouseholdSummary")
    public record Summary(long id, long hamletId, String hamletName, String code, String headName, String address,
            @Schema(description = "Personal data: null unless the caller may see it") String phone,
            Long groupId, String groupName, int peopleCount,
            @Schema(description = "True when phone and citizen ID numbers were left out for this caller")
            boolean personalDataHidden,
            long version) {
    }

    @Schema(name = "HouseholdDetail")
    public record Detail(long id, long hamletId, String hamletName, String code, String headName, String address,
            String phone, Long groupId, String groupName, int peopleCount, boolean personalDataHidden, long version,
            List<PersonDto> people, List<MembershipDto> memberships) {
    }

    @Schema(name = "Person")
    public record PersonDto(long id, String fullName, LocalDate birthDate, Integer birthYear, Gender gender,
            Relation relation, @Schema(description = "Personal data: null unless the caller may see it") String citizenId) {
    }

    @Schema(name = "Membership")
    public record MembershipDto(long groupId, String groupName, LocalDate joinedOn, LocalDate leftOn) {
    }

    @Schema(name = "HouseholdPage")
    public record Page(List<Summary> items, long total, int page, int size) {
    }
}
