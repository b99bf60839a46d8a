package vn.lgtq.activity;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lgtq.activity.ActivityDtos.GroupMeetingStatus;
import vn.lgtq.activity.ActivityDtos.MeetingDto;
import vn.lgtq.audit.AuditLog;
import vn.lgtq.error.ProblemException;
import vn.lgtq.group.Group;
import vn.lgtq.group.GroupService;
import vn.lgtq.household.Membership;
import vn.lgtq.paging.PageParams;
import vn.lgtq.unit.SearchText;

/** Group meetings: recording with the attending member households, and which groups are overdue for one. */
@ApplicationScoped
public class MeetingService {
    /**
     * Active groups of the units with their last meeting on or before :on and the day the next one is due.
     * A group with no meeting counts from its founding, else from its creation.
     */
    private static final String STATUS_SQL = """
            SELECT s.*, s.due_on < :on AS overdue FROM (
                SELECT g.id, g.name, g.hamlet_id, u.name AS hamlet_name, g.number, last.held_on AS last_meeting_on,
                    CAST(COALESCE(last.held_on, g.founded_on, CAST(g.created_at AS date))
                        + make_interval(months => :months) AS date) AS due_on
                FROM lgtq_group g
                JOIN unit u ON u.id = g.hamlet_id
                LEFT JOIN LATERAL (SELECT max(m.held_on) AS held_on FROM group_meeting m
                    WHERE m.group_id = g.id AND m.held_on <= :on) last ON TRUE
                WHERE g.status = 'ACTIVE' AND g.hamlet_id IN (:units) /*own*/
            ) s""";
    /** The status query, limited to the groups led by :me for a group leader. */
    static String statusSql(boolean ownGroups) {
        return STATUS_SQL.replace("/*own*/", ownGroups ? " AND g.leader_account = :me" : "");
    }

    private static final Map<String, String> STATUS_SORT = Map.of(
            "groupName", "hamlet_name, number, id", "lastMeetingOn", "last_meeting_on NULLS FIRST, hamlet_name, number, id");

    @Inject
    ActivityAccess access;

    @Inject
    GroupService groups;

    @Inject
    ActivityConfig config;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Transactional
    public MeetingDto record(long groupId, ActivityDtos.MeetingInput body) {
        access.requireMember();
        Group group = groups.visible(groupId);
        if (group.foundedOn != null && body.heldOn().isBefore(group.foundedOn)) {
            throw ProblemException.invalid("heldOn", "Ngày họp phải từ ngày thành lập nhóm (" + group.foundedOn + ") trở đi.");
        }
        Set<Long> members = currentMembers(group.id);
        Set<Long> attending = new LinkedHashSet<>(body.attendingHouseholdIds() == null ? List.of()
                : body.attendingHouseholdIds());
        List<Long> strangers = attending.stream().filter(id -> !members.contains(id)).toList();
        if (!strangers.isEmpty()) {
            throw ProblemException.invalid("attendingHouseholdIds", "Hộ " + strangers.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + " không phải hộ thành viên hiện tại của " + group.name + ".");
        }
        if (GroupMeeting.count("groupId = ?1 and heldOn = ?2", group.id, body.heldOn()) > 0) {
            throw duplicate(group, body.heldOn());
        }
        GroupMeeting meeting = new GroupMeeting();
        meeting.groupId = group.id;
        meeting.heldOn = body.heldOn();
        meeting.attendingHouseholdIds.addAll(attending);
        meeting.topics = SearchText.trimToNull(body.topics());
        meeting.decisions = SearchText.trimToNull(body.decisions());
        meeting.memberHouseholds = members.size();
        meeting.recordedBy = access.username();
        meeting.recordedAt = OffsetDateTime.now();
        meeting.persistAndFlush(); // a concurrent duplicate is answered by error.Constraints
        audit.record("CREATE", "meeting", meeting.id, group.id + " " + meeting.heldOn + " attendance="
                + attending.size() + "/" + members.size());
        return dto(meeting, group);
    }

    public ActivityDtos.MeetingPage list(long groupId, PageParams paging) {
        access.requireMember();
        Group group = groups.visible(groupId);
        Sort.Direction direction = ActivityAccess.ascending(paging, "heldOn")
                ? Sort.Direction.Ascending : Sort.Direction.Descending;
        PanacheQuery<GroupMeeting> query = GroupMeeting.find("groupId", Sort.by("heldOn", direction)
                .and("id", direction), group.id);
        List<MeetingDto> items = query.page(Page.of(paging.page, paging.size)).list().stream()
                .map(m -> dto(m, group)).toList();
        return new ActivityDtos.MeetingPage(items, query.count(), paging.page, paging.size);
    }

    public MeetingDto get(long id) {
        GroupMeeting meeting = visible(id);
        return dto(meeting, Group.findById(meeting.groupId));
    }

    /** Removes a meeting recorded by mistake. */
    @Transactional
    public void delete(long id) {
        GroupMeeting meeting = visible(id);
        meeting.delete();
        audit.record("DELETE", "meeting", id, meeting.groupId + " " + meeting.heldOn);
    }

    /** Active groups below the unit, each with its last meeting and whether it is overdue, as of a day. */
    @SuppressWarnings("unchecked")
    public ActivityDtos.GroupMeetingStatusPage status(long unitId, Boolean overdue, LocalDate on, PageParams paging) {
        access.requireMember();
        String order = STATUS_SORT.get(paging.sortField("groupName"));
        if (order == null || paging.descending()) {
            throw ProblemException.invalid("sort", "Chỉ sắp xếp theo: " + String.join(", ", STATUS_SORT.keySet()) + ".");
        }
        LocalDate day = on == null ? LocalDate.now() : on;
        String where = overdue == null ? "" : " WHERE t.overdue = " + overdue;
        Set<Long> units = access.units(unitId);
        String me = access.limitedToOwnGroup() ? access.username() : null;
        String sql = "SELECT * FROM (" + statusSql(me != null) + ") t" + where;
        long total = ((Number) statusQuery("SELECT count(*) FROM (" + sql + ") c", units, me, day)
                .getSingleResult()).longValue();
        List<Object[]> rows = statusQuery(sql + " ORDER BY " + order, units, me, day)
                .setFirstResult(paging.page * paging.size).setMaxResults(paging.size).getResultList();
        List<GroupMeetingStatus> items = new ArrayList<>();
        for (Object[] r : rows) {
            items.add(new GroupMeetingStatus(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                    (String) r[3], localDate(r[5]), (Boolean) r[7], localDate(r[6])));
        }
        return new ActivityDtos.GroupMeetingStatusPage(items, total, paging.page, paging.size);
    }

    private Query statusQuery(String sql, Set<Long> units, String me, LocalDate on) {
        Query query = em.createNativeQuery(sql).setParameter("units", units)
                .setParameter("on", on).setParameter("months", config.meetingIntervalMonths());
        return me == null ? query : query.setParameter("me", me);
    }

    /** The meeting, if the caller sees its group. */
    private GroupMeeting visible(long id) {
        access.requireMember();
        GroupMeeting meeting = GroupMeeting.findById(id);
        if (meeting == null || !access.seesGroup(Group.findById(meeting.groupId))) {
            throw ProblemException.notFound("Không tìm thấy cuộc họp " + id + ".");
        }
        return meeting;
    }

    static Set<Long> currentMembers(long groupId) {
        return Membership.<Membership>list("groupId = ?1 and leftOn is null", groupId).stream()
                .map(m -> m.householdId).collect(Collectors.toSet());
    }

    private static MeetingDto dto(GroupMeeting m, Group group) {
        List<Long> attending = m.attendingHouseholdIds.stream().sorted().toList();
        return new MeetingDto(m.id, m.groupId, group.name, m.heldOn, attending, attending.size(), m.memberHouseholds,
                m.topics, m.decisions, m.recordedBy, m.recordedAt);
    }

    private static ProblemException duplicate(Group group, LocalDate day) {
        return ProblemException.conflict("duplicate-meeting", group.name + " đã có cuộc họp ngày " + day + ".");
    }

    static LocalDate localDate(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return value instanceof Date date ? date.toLocalDate() : LocalDate.parse(value.toString());
    }
}
