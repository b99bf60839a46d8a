package vn.lgtq.household;

import static vn.lgtq.security.PersonalData.CONTACT_NUMBERS;
import static vn.lgtq.security.PersonalData.NAMES;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lgtq.security.Personal;

/** What the API answers about households; personal fields are null for roles that may not see them. */
public final class HouseholdDtos {
    private HouseholdDtos() {
    }

    @Schema(name = "HouseholdSummary")
    public record Summary(long id, long hamletId, String hamletName, String code, @Personal(NAMES) String headName,
            @Personal(NAMES) String address,
            @Schema(description = "Personal data: null unless the caller may see it") @Personal(CONTACT_NUMBERS)
            String phone,
            Long groupId, String groupName, int peopleCount,
            @Schema(description = "True when phone and citizen ID numbers were left out for this caller")
            boolean personalDataHidden,
            long version) {
    }

    @Schema(name = "HouseholdDetail")
    public record Detail(long id, long hamletId, String hamletName, String code, @Personal(NAMES) String headName,
            @Personal(NAMES) String address, @Personal(CONTACT_NUMBERS) String phone, Long groupId, String groupName,
            int peopleCount, boolean personalDataHidden, long version,
            List<PersonDto> people, List<MembershipDto> memberships) {
    }

    @Schema(name = "Person")
    public record PersonDto(long id, @Personal(NAMES) String fullName, @Personal(NAMES) LocalDate birthDate,
            @Personal(NAMES) Integer birthYear, @Personal(NAMES) Gender gender, Relation relation,
            @Schema(description = "Personal data: null unless the caller may see it") @Personal(CONTACT_NUMBERS)
            String citizenId) {
    }

    @Schema(name = "Membership")
    public record MembershipDto(long groupId, String groupName, LocalDate joinedOn, LocalDate leftOn) {
    }

    @Schema(name = "HouseholdPage")
    public record Page(List<Summary> items, long total, int page, int size) {
    }
}
