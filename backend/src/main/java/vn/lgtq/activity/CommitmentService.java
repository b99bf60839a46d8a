package vn.lgtq.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.lgtq.activity.ActivityDtos.CommitmentDto;
import vn.lgtq.activity.ActivityDtos.CommitmentRow;
import vn.lgtq.audit.AuditLog;
import vn.lgtq.error.ProblemException;
import vn.lgtq.group.Group;
import vn.lgtq.group.GroupService;
import vn.lgtq.household.Household;
import vn.lgtq.household.HouseholdService;

/** The households' yearly commitments to stay away from social evils, and how far a group has collected them. */
@ApplicationScoped
public class CommitmentService {
    @Inject
    ActivityAccess access;

    @Inject
    HouseholdService households;

    @Inject
    GroupService groups;

    @Inject
    AuditLog audit;

    /** Records the commitment of the year, or corrects its signing day. */
    @Transactional
    public CommitmentDto put(long householdId, int year, ActivityDtos.CommitmentInput body) {
        access.requireMember();
        Household household = households.visible(householdId);
        if (body.signedOn().getYear() != year) {
            throw ProblemException.invalid("signedOn", "Ngày ký phải trong năm " + year + ".");
        }
        HouseholdCommitment commitment = find(household.id, year);
        if (commitment == null) {
            commitment = new HouseholdCommitment();
            commitment.householdId = household.id;
            commitment.commitmentYear = year;
        }
        commitment.signedOn = body.signedOn();
        commitment.recordedBy = access.username();
        commitment.recordedAt = OffsetDateTime.now();
        commitment.persistAndFlush(); // two writers at once: the second is a 409 from error.Constraints
        audit.record("COMMITMENT", "household", household.id, year + " signedOn=" + commitment.signedOn);
        return dto(commitment);
    }

    @Transactional
    public void delete(long householdId, int year) {
        access.requireMember();
        Household household = households.visible(householdId);
        HouseholdCommitment commitment = find(household.id, year);
        if (commitment == null) {
            throw ProblemException.notFound("Hộ " + household.code + " chưa có cam kết năm " + year + ".");
        }
        commitment.delete();
        audit.record("DELETE_COMMITMENT", "household", household.id, String.valueOf(year));
    }

    /** The household's commitments, latest year first. */
    public List<CommitmentDto> ofHousehold(long householdId) {
        access.requireMember();
        Household household = households.visible(householdId);
        return HouseholdCommitment.<HouseholdCommitment>list("householdId = ?1 order by commitmentYear desc", household.id)
                .stream().map(CommitmentService::dto).toList();
    }

    /** The group's current member households, by code, each with its commitment of the year if signed. */
    public ActivityDtos.GroupCommitments ofGroup(long groupId, Integer year) {
        access.requireMember();
        Group group = groups.visible(groupId);
        int y = year == null ? LocalDate.now().getYear() : year;
        List<Household> members = Household.list("id in (select m.householdId from Membership m"
                + " where m.groupId = ?1 and m.leftOn is null) order by code, id", group.id);
        Map<Long, LocalDate> signed = members.isEmpty() ? Map.of()
                : HouseholdCommitment.<HouseholdCommitment>list("commitmentYear = ?1 and householdId in ?2", y,
                        members.stream().map(h -> h.id).toList()).stream()
                        .collect(Collectors.toMap(c -> c.householdId, c -> c.signedOn));
        List<CommitmentRow> rows = members.stream()
                .map(h -> new CommitmentRow(h.id, h.code, h.headName, signed.get(h.id))).toList();
        long committed = rows.stream().filter(r -> r.signedOn() != null).count();
        return new ActivityDtos.GroupCommitments(group.id, y, rows.size(), (int) committed,
                ActivityDtos.rate(committed, rows.size()), rows);
    }

    private static HouseholdCommitment find(long householdId, int year) {
        return HouseholdCommitment.find("householdId = ?1 and commitmentYear = ?2", householdId, year).firstResult();
    }

    private static CommitmentDto dto(HouseholdCommitment c) {
        return new CommitmentDto(c.householdId, c.commitmentYear, c.signedOn, c.recordedBy);
    }
}
