package vn.lgtq.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.lgtq.audit.AuditLog;
import vn.lgtq.error.ProblemException;
import vn.lgtq.error.ProblemMappers;
import vn.lgtq.evaluation.EvaluationDtos.GroupRatingRow;
import vn.lgtq.evaluation.EvaluationDtos.RatingDto;
import vn.lgtq.group.Group;
import vn.lgtq.group.GroupService;
import vn.lgtq.group.GroupStatus;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.CallerScope;
import vn.lgtq.security.Roles;
import vn.lgtq.unit.SearchText;
import vn.lgtq.unit.Unit;

/**
 * The groups' yearly ratings. Officers rate the groups of their scope; officers and hamlet leaders read them, a
 * group leader only its own group's; other agencies' systems read the dashboard's figures instead.
 */
@ApplicationScoped
public class GroupRatingService {
    private static final String ACTIVE_GROUPS_BELOW = "select g.id from Group g where g.status = :active"
            + " and g.hamletId in :units";

    @Inject
    CallerScope caller;

    @Inject
    GroupService groups;

    @Inject
    EvaluationConfig config;

    @Inject
    AuditLog audit;

    public EvaluationDtos.Scale scale() {
        return new EvaluationDtos.Scale(config.groupRatingScale(), config.goodOrBetterLevels(),
                List.of(GroupCriterion.values()));
    }

    /** The group's ratings, newest year first. */
    public List<RatingDto> ofGroup(long groupId) {
        if (!caller.worksWithGroups()) {
            throw ProblemException.forbidden("Vai trò của bạn không xem xếp loại từng nhóm.");
        }
        Group group = groups.visible(groupId);
        return GroupRating.<GroupRating>list("groupId = ?1 order by ratingYear desc", group.id).stream()
                .map(r -> dto(r, group)).toList();
    }

    /** Rates the group for the year, or changes its rating. */
    @Transactional
    public RatingDto put(long groupId, int year, EvaluationDtos.RatingInput body) {
        if (!caller.isOfficer()) {
            throw ProblemException.forbidden("Chỉ cán bộ công an xếp loại nhóm.");
        }
        Group group = groups.visible(groupId);
        if (year > LocalDate.now().getYear()) {
            throw ProblemException.invalid("year", "Chưa thể xếp loại cho năm " + year + ".");
        }
        if (group.foundedOn != null && year < group.foundedOn.getYear()) {
            throw ProblemException.invalid("year", "Năm xếp loại phải từ năm thành lập nhóm ("
                    + group.foundedOn.getYear() + ") trở đi.");
        }
        List<String> scale = config.groupRatingScale();
        int rank = scale.indexOf(body.rating().trim()) + 1;
        if (rank == 0) {
            throw ProblemException.invalid("rating", "Xếp loại phải là một trong: " + String.join(", ", scale) + ".");
        }
        GroupRating rating = GroupRating.find("groupId = ?1 and ratingYear = ?2", group.id, year).firstResult();
        if (rating == null) {
            rating = new GroupRating();
            rating.groupId = group.id;
            rating.ratingYear = year;
        } else if (body.version() != null && body.version() != rating.version) {
            throw ProblemException.of(ProblemMappers.staleVersion());
        }
        rating.rating = scale.get(rank - 1);
        rating.ratingRank = (short) rank;
        Set<GroupCriterion> met = body.criteriaMet() == null || body.criteriaMet().isEmpty()
                ? EnumSet.noneOf(GroupCriterion.class) : EnumSet.copyOf(body.criteriaMet());
        rating.criteriaMet = met.stream().map(Enum::name).collect(Collectors.toList());
        rating.note = SearchText.trimToNull(body.note());
        rating.ratedBy = caller.username();
        rating.ratedAt = OffsetDateTime.now();
        rating.persistAndFlush(); // two first ratings at once: the second is a 409 from error.Constraints
        audit.record("RATE", "group", group.id, year + " " + rating.rating + " criteria=" + rating.criteriaMet);
        return dto(rating, group);
    }

    /** Every active group below the unit with its rating for the year (null when not rated), by hamlet and number. */
    public EvaluationDtos.GroupRatingPage ofUnit(long unitId, Integer year, PageParams paging) {
        if (!caller.isOfficer() && !caller.hasRole(Roles.HAMLET_LEADER)) {
            throw ProblemException.forbidden("Chỉ cán bộ công an và trưởng thôn xem xếp loại các nhóm của địa bàn.");
        }
        if (paging.sort != null && !paging.sort.equals("groupName")) {
            throw ProblemException.invalid("sort", "Chỉ sắp xếp theo: groupName.");
        }
        Map<String, Object> params = Map.of("units", caller.unitIdsBelow(unitId), "active", GroupStatus.ACTIVE);
        int y = year == null ? LocalDate.now().getYear() : year;
        PanacheQuery<Group> query = Group.find("select g from Group g join Unit u on u.id = g.hamletId"
                + " where g.status = :active and g.hamletId in :units order by u.name, g.number, g.id", params);
        List<Group> page = query.page(Page.of(paging.page, paging.size)).list();
        long total = Group.count("status = :active and hamletId in :units", params);
        Map<Long, GroupRating> ratings = page.isEmpty() ? Map.of()
                : GroupRating.<GroupRating>list("ratingYear = ?1 and groupId in ?2", y,
                        page.stream().map(g -> g.id).toList()).stream()
                        .collect(Collectors.toMap(r -> r.groupId, Function.identity()));
        Map<Long, String> hamlets = Unit.namesOf(page.stream().map(g -> g.hamletId).collect(Collectors.toSet()));
        List<GroupRatingRow> items = page.stream().map(g -> new GroupRatingRow(g.id, g.name, g.number, g.hamletId,
                hamlets.get(g.hamletId), ratings.containsKey(g.id) ? dto(ratings.get(g.id), g) : null)).toList();
        Map<String, Object> counted = new HashMap<>(params);
        counted.put("year", y);
        String rated = "ratingYear = :year and groupId in (" + ACTIVE_GROUPS_BELOW + ")";
        long ratedCount = GroupRating.count(rated, counted);
        counted.put("levels", (short) config.goodOrBetterLevels());
        long goodOrBetter = GroupRating.count(rated + " and ratingRank <= :levels", counted);
        return new EvaluationDtos.GroupRatingPage(y, items, total, paging.page, paging.size, ratedCount,
                goodOrBetter);
    }

    private RatingDto dto(GroupRating r, Group group) {
        List<GroupCriterion> met = Arrays.stream(GroupCriterion.values())
                .filter(c -> r.criteriaMet != null && r.criteriaMet.contains(c.name())).toList();
        return new RatingDto(r.groupId, group.name, r.ratingYear, r.rating, r.ratingRank,
                r.ratingRank <= config.goodOrBetterLevels(), met, r.note, r.ratedBy, r.ratedAt, r.version);
    }
}
