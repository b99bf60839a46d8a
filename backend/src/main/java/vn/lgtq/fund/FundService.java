package vn.lgtq.fund;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.lgtq.audit.AuditLog;
import vn.lgtq.error.ProblemException;
import vn.lgtq.group.Group;
import vn.lgtq.group.GroupService;
import vn.lgtq.paging.PageParams;
import vn.lgtq.security.CallerScope;
import vn.lgtq.unit.SearchText;

/**
 * The groups' voluntary funds. The group's own leader, the hamlet leader and the officers of the scope read and
 * record entries; other agencies' systems do neither.
 */
@ApplicationScoped
public class FundService {
    private static final String ENTITY = "fund-entry";

    @Inject
    CallerScope caller;

    @Inject
    GroupService groups;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    /** The group's totals over all entries and a page of the entries, newest first. */
    public FundDtos.Fund get(long groupId, PageParams paging) {
        requireMember();
        if (paging.sort != null) {
            throw ProblemException.invalid("sort", "Các khoản thu chi luôn xếp mới nhất trước.");
        }
        Group group = groups.visible(groupId);
        Map<FundKind, Long> sums = sums(group.id);
        PanacheQuery<FundEntry> query = FundEntry.find("groupId", Sort.by("entryOn", Sort.Direction.Descending)
                .and("id", Sort.Direction.Descending), group.id);
        List<FundDtos.Entry> items = query.page(Page.of(paging.page, paging.size)).list().stream()
                .map(FundService::dto).toList();
        long contributions = sums.get(FundKind.CONTRIBUTION);
        long support = sums.get(FundKind.SUPPORT);
        long expenses = sums.get(FundKind.EXPENSE);
        return new FundDtos.Fund(group.id, group.name, contributions, support, expenses,
                contributions + support - expenses,
                new FundDtos.EntryPage(items, query.count(), paging.page, paging.size));
    }

    public FundDtos.Entry entry(long groupId, long entryId) {
        requireMember();
        Group group = groups.visible(groupId);
        FundEntry entry = FundEntry.findById(entryId);
        if (entry == null || !entry.groupId.equals(group.id)) {
            throw ProblemException.notFound("Không tìm thấy khoản thu chi " + entryId + " của " + group.name + ".");
        }
        return dto(entry);
    }

    /** Records an entry; an expense may not take the balance below zero. */
    @Transactional
    public FundDtos.Entry record(long groupId, FundDtos.Input body) {
        requireMember();
        Group group = groups.visible(groupId);
        if (body.amount() == 0 && body.kind() != FundKind.SUPPORT) {
            throw ProblemException.invalid("amount", "Số tiền phải lớn hơn 0 (chỉ hỗ trợ bằng hiện vật mới ghi 0).");
        }
        if (group.foundedOn != null && body.entryOn().isBefore(group.foundedOn)) {
            throw ProblemException.invalid("entryOn", "Ngày thu chi phải từ ngày thành lập nhóm (" + group.foundedOn
                    + ") trở đi.");
        }
        // One writer of the group's fund at a time, so that two expenses cannot both spend the same balance.
        em.lock(group, LockModeType.PESSIMISTIC_WRITE);
        if (body.kind() == FundKind.EXPENSE) {
            Map<FundKind, Long> sums = sums(group.id);
            long balance = sums.get(FundKind.CONTRIBUTION) + sums.get(FundKind.SUPPORT) - sums.get(FundKind.EXPENSE);
            if (body.amount() > balance) {
                throw ProblemException.conflict("fund-overdrawn", "Quỹ của " + group.name + " chỉ còn " + dong(balance)
                        + " đồng, không đủ chi " + dong(body.amount()) + " đồng.");
            }
        }
        FundEntry entry = new FundEntry();
        entry.groupId = group.id;
        entry.kind = body.kind();
        entry.entryOn = body.entryOn();
        entry.amount = body.amount();
        entry.description = body.description().trim();
        entry.source = SearchText.trimToNull(body.source());
        entry.recordedBy = caller.username();
        entry.recordedAt = OffsetDateTime.now();
        entry.persistAndFlush();
        audit.record("CREATE", ENTITY, entry.id, "group=" + group.id + " " + entry.kind + " " + entry.amount + " on "
                + entry.entryOn);
        return dto(entry);
    }

    /** The sum of each kind of entry, zeros included. */
    private Map<FundKind, Long> sums(long groupId) {
        Map<FundKind, Long> sums = new EnumMap<>(FundKind.class);
        for (FundKind kind : FundKind.values()) {
            sums.put(kind, 0L);
        }
        em.createQuery("select e.kind, sum(e.amount) from FundEntry e where e.groupId = :group group by e.kind",
                Object[].class).setParameter("group", groupId).getResultList()
                .forEach(row -> sums.put((FundKind) row[0], ((Number) row[1]).longValue()));
        return sums;
    }

    /** 1500000 → "1.500.000", as amounts are written in Vietnamese. */
    static String dong(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    private void requireMember() {
        if (!caller.worksWithGroups()) {
            throw ProblemException.forbidden("Vai trò của bạn không xem và ghi quỹ của nhóm.");
        }
    }

    private static FundDtos.Entry dto(FundEntry e) {
        return new FundDtos.Entry(e.id, e.groupId, e.kind, e.entryOn, e.amount, e.description, e.source, e.recordedBy,
                e.recordedAt);
    }
}
