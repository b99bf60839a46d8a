package vn.lgtq.dashboard;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import vn.lgtq.activity.ActivityConfig;
import vn.lgtq.dashboard.DashboardDtos.Dashboard;
import vn.lgtq.dashboard.DashboardDtos.Figures;
import vn.lgtq.dashboard.DashboardDtos.Month;
import vn.lgtq.dashboard.DashboardDtos.Row;
import vn.lgtq.dashboard.DashboardDtos.UnitRef;
import vn.lgtq.dashboard.DashboardDtos.Year;
import vn.lgtq.dashboard.DashboardQueries.Measure;
import vn.lgtq.dashboard.DashboardQueries.Params;
import vn.lgtq.error.ProblemException;
import vn.lgtq.evaluation.EvaluationConfig;
import vn.lgtq.mediation.MediationOutcome;
import vn.lgtq.persistence.ReadOnlyTransaction;
import vn.lgtq.security.CallerScope;
import vn.lgtq.security.Roles;
import vn.lgtq.tip.TipCategory;
import vn.lgtq.tip.TipOutcome;
import vn.lgtq.tip.TipStatus;
import vn.lgtq.unit.Unit;
import vn.lgtq.unit.UnitLevel;

/**
 * The model's figures for a unit and period, from the records and the totals kept with them in the same transaction,
 * with the units below, trends and the change.
 */
@ApplicationScoped
public class DashboardService {
    /** Ten years of reports and a little more; longer periods are not a dashboard's work. */
    static final int MAX_YEARS = 20;

    @Inject
    CallerScope caller;

    @Inject
    DashboardQueries queries;

    @Inject
    ActivityConfig activityConfig;

    @Inject
    EvaluationConfig evaluationConfig;

    /** Dashboards read alongside at once (see {@link #alongside}). */
    static final int ALONGSIDE = 8;

    private final Semaphore alongsidePermits = new Semaphore(ALONGSIDE);

    /** Runs with the caller's request context (its scope), never inside the request's transaction. */
    private final ManagedExecutor executor = ManagedExecutor.builder().propagated(ThreadContext.CDI)
            .cleared(ThreadContext.ALL_REMAINING).build();

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    /** In a transaction: its statements are planned for their own units (see {@link DashboardQueries}). */
    @ReadOnlyTransaction
    public Dashboard of(Long unitId, LocalDate from, LocalDate to) {
        if (!caller.isOfficer() && !caller.hasRole(Roles.NATIONAL_OFFICER) && !caller.hasRole(Roles.HAMLET_LEADER)
                && !caller.hasRole(Roles.INTEGRATION)) {
            throw ProblemException.forbidden("Vai trò của bạn không xem bảng số liệu tổng hợp.");
        }
        Unit unit = unitId == null ? caller.unit() : visible(unitId);
        LocalDate end = to == null ? LocalDate.now(DashboardQueries.VIETNAM) : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "Ngày cuối phải từ ngày đầu trở đi.");
        }
        if (start.isBefore(end.minusYears(MAX_YEARS))) {
            throw ProblemException.invalid("from", "Kỳ báo cáo dài tối đa " + MAX_YEARS + " năm.");
        }
        LocalDate[] previousPeriod = previousPeriod(start, end);
        LocalDate previousFrom = previousPeriod[0];
        LocalDate previousTo = previousPeriod[1];
        Params params = params(start, end);

        List<Unit> children = children(unit, end);
        List<Unit> communes = unit.level == UnitLevel.PROVINCE || unit.level == UnitLevel.DISTRICT
                ? below(unit, end).stream().filter(u -> u.level == UnitLevel.COMMUNE).toList()
                : List.of();
        Set<Long> roots = new LinkedHashSet<>();
        roots.add(unit.id);
        children.forEach(u -> roots.add(u.id));
        communes.forEach(u -> roots.add(u.id));
        Params previousParams = params(previousFrom, previousTo);
        // Split so that both connections work about as long: a province's figures take 94 ms, its monthly trend 35,
        // the period before 94 and the breakdowns and the yearly trend 14.
        Supplier<Rest> rest = () -> new Rest(queries.figures(List.of(unit.id), previousParams).get(unit.id),
                queries.breakdowns(unit.id, params), yearly(unit.id, params));
        CompletableFuture<Rest> alongside = unit.level.compareTo(UnitLevel.DISTRICT) <= 0 ? alongside(rest) : null;
        Map<Long, long[]> figures = queries.figures(roots, params);
        List<Month> monthly = monthly(unit.id, params);
        Rest other = alongside == null ? rest.get() : joined(alongside);
        Map<String, Map<String, Long>> breakdowns = other.breakdowns();

        return new Dashboard(ref(unit), path(unit), start, end, previousFrom, previousTo,
                figures(figures.get(unit.id)), figures(other.previous()),
                keyed(TipCategory.values(), breakdowns.get("category")),
                keyed(TipStatus.values(), breakdowns.get("status")),
                keyed(TipOutcome.values(), breakdowns.get("outcome")),
                keyed(MediationOutcome.values(), breakdowns.get("mediation")),
                rows(children, figures), rows(communes, figures), monthly, other.yearly(),
                evaluationConfig.groupRatingScale(), evaluationConfig.goodOrBetterLevels());
    }

    /** Read alongside the figures and the monthly trend: the period before, the breakdowns and the yearly trend. */
    private record Rest(long[] previous, Map<String, Map<String, Long>> breakdowns, List<Year> yearly) {
    }

    /**
     * For a district and above, on a second connection in a transaction of its own while this one reads the period's
     * figures and months: PostgreSQL works on two cores instead of one. At most {@link #ALONGSIDE} at once, fewer
     * than half the pool, so requests waiting for their second connection never hold all of them; beyond that, in
     * turn.
     */
    private CompletableFuture<Rest> alongside(Supplier<Rest> rest) {
        if (!alongsidePermits.tryAcquire()) {
            return null;
        }
        try {
            return executor.supplyAsync(() -> {
                try {
                    return QuarkusTransaction.requiringNew().call(rest::get);
                } finally {
                    alongsidePermits.release();
                }
            });
        } catch (RuntimeException e) {
            alongsidePermits.release();
            throw e;
        }
    }

    private static Rest joined(CompletableFuture<Rest> alongside) {
        try {
            return alongside.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private Params params(LocalDate from, LocalDate to) {
        return new Params(from, to, activityConfig.meetingIntervalMonths(), evaluationConfig.goodOrBetterLevels());
    }

    /**
     * The period to compare with. From a 1 January: the same dates as many years before (this year so far against
     * last year to the same day). Otherwise whole months against as many whole months before, other periods against
     * as many days.
     */
    static LocalDate[] previousPeriod(LocalDate from, LocalDate to) {
        if (from.getDayOfYear() == 1) {
            int years = to.getYear() - from.getYear() + 1;
            return new LocalDate[] {from.minusYears(years), to.minusYears(years)};
        }
        if (from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth()) {
            return new LocalDate[] {from.minusMonths(ChronoUnit.MONTHS.between(from, to.plusDays(1))), from.minusDays(1)};
        }
        return new LocalDate[] {from.minusDays(ChronoUnit.DAYS.between(from, to) + 1), from.minusDays(1)};
    }

    private Unit visible(long unitId) {
        Unit unit = caller.canSee(unitId) ? Unit.findById(unitId) : null;
        if (unit == null) {
            throw ProblemException.notFound("Không tìm thấy đơn vị hành chính " + unitId + ".");
        }
        return unit;
    }

    /** Units directly below (or, for a former district, the communes that replaced its communes) valid on the day. */
    private List<Unit> below(Unit unit, LocalDate day) {
        return Unit.<Unit>list("""
                (parentId = ?1 or formerDistrictId = ?1)
                and (validFrom is null or validFrom <= ?2) and (validTo is null or validTo >= ?2)""", unit.id, day)
                .stream().filter(u -> caller.canSee(u.id)).toList();
    }

    /**
     * The rows of the drill-down. A province shows its districts, including the former districts that the communes
     * valid on the day still link to, with those communes under them; a commune tied to no single district stays a
     * row of the province.
     */
    List<Unit> children(Unit unit, LocalDate day) {
        List<Unit> direct = below(unit, day);
        if (unit.level != UnitLevel.PROVINCE) {
            return sorted(direct);
        }
        Set<Long> linked = direct.stream().filter(u -> u.formerDistrictId != null).map(u -> u.formerDistrictId)
                .collect(Collectors.toSet());
        List<Unit> districts = linked.isEmpty() ? List.of()
                : Unit.<Unit>list("id in ?1 and parentId = ?2", linked, unit.id).stream()
                        .filter(u -> caller.canSee(u.id)).toList();
        Set<Long> districtIds = districts.stream().map(u -> u.id).collect(Collectors.toSet());
        List<Unit> rows = new ArrayList<>(direct.stream()
                .filter(u -> u.formerDistrictId == null || !districtIds.contains(u.formerDistrictId))
                .filter(u -> !districtIds.contains(u.id)).toList());
        rows.addAll(districts);
        return sorted(rows);
    }

    private static List<Unit> sorted(List<Unit> units) {
        return units.stream().sorted(Comparator.<Unit, UnitLevel>comparing(u -> u.level)
                .thenComparing(u -> u.searchName)).toList();
    }

    /**
     * From the highest unit the caller sees down to the unit, through the former district of a current commune. A
     * scope is everything below the caller's unit, so above a unit it does not see there is none it sees.
     */
    private List<UnitRef> path(Unit unit) {
        List<UnitRef> path = new ArrayList<>();
        Unit current = unit;
        while (current != null) {
            path.add(0, ref(current));
            Long up = current.level == UnitLevel.COMMUNE && current.formerDistrictId != null
                    ? current.formerDistrictId : current.parentId;
            current = up == null || !caller.canSee(up) ? null : Unit.findById(up);
        }
        return path;
    }

    private static UnitRef ref(Unit unit) {
        return new UnitRef(unit.id, unit.code, unit.name, unit.level);
    }

    private static List<Row> rows(List<Unit> units, Map<Long, long[]> figures) {
        return units.stream().map(u -> new Row(ref(u), u.level != UnitLevel.HAMLET, figures(figures.get(u.id))))
                .toList();
    }

    private static Figures figures(long[] v) {
        long closed = v[Measure.MEDIATIONS_CLOSED.ordinal()];
        long settledOrNot = closed - v[Measure.MEDIATIONS_WITHDRAWN.ordinal()];
        return new Figures(v[Measure.HAMLETS.ordinal()], v[Measure.HAMLETS_WITH_GROUPS.ordinal()],
                percent(v[Measure.HAMLETS_WITH_GROUPS.ordinal()], v[Measure.HAMLETS.ordinal()]),
                v[Measure.GROUPS.ordinal()], v[Measure.HOUSEHOLDS.ordinal()], v[Measure.MEMBER_HOUSEHOLDS.ordinal()],
                v[Measure.TIPS.ordinal()], v[Measure.ARRESTS.ordinal()], v[Measure.MEDIATIONS_RECEIVED.ordinal()],
                closed, v[Measure.MEDIATIONS_RECONCILED.ordinal()],
                percent(v[Measure.MEDIATIONS_RECONCILED.ordinal()], settledOrNot),
                v[Measure.MEETINGS.ordinal()], v[Measure.OVERDUE_GROUPS.ordinal()], v[Measure.PEOPLE_FOLLOWED.ordinal()],
                v[Measure.GROUPS_RATED.ordinal()], v[Measure.GROUPS_RATED_GOOD.ordinal()],
                percent(v[Measure.GROUPS_RATED_GOOD.ordinal()], v[Measure.GROUPS_RATED.ordinal()]),
                v[Measure.HOUSEHOLDS_RATED.ordinal()], v[Measure.CULTURAL_FAMILIES.ordinal()],
                percent(v[Measure.CULTURAL_FAMILIES.ordinal()], v[Measure.HOUSEHOLDS_RATED.ordinal()]),
                v[Measure.COMMUNES_ASSESSED.ordinal()], v[Measure.COMMUNES_MET.ordinal()],
                percent(v[Measure.COMMUNES_MET.ordinal()], v[Measure.COMMUNES_ASSESSED.ordinal()]),
                v[Measure.KEY_AREAS.ordinal()], v[Measure.KEY_AREAS_TRANSFORMED.ordinal()],
                v[Measure.RECOGNITIONS.ordinal()], v[Measure.FUND_CONTRIBUTIONS.ordinal()],
                v[Measure.FUND_SUPPORT.ordinal()], v[Measure.FUND_EXPENSES.ordinal()], v[Measure.FUND_BALANCE.ordinal()]);
    }

    private List<Month> monthly(long root, Params params) {
        return queries.monthly(root, params).stream().map(r -> new Month((String) r[0], number(r[1]), number(r[2]),
                number(r[3]), number(r[4]), number(r[5]))).toList();
    }

    private List<Year> yearly(long root, Params params) {
        return queries.yearly(root, params).stream().map(r -> new Year(((Number) r[0]).intValue(), number(r[1]),
                number(r[2]), percent(number(r[2]), number(r[1])), number(r[3]), number(r[4]),
                percent(number(r[4]), number(r[3])), number(r[5]), number(r[6]), percent(number(r[6]), number(r[5])),
                number(r[7]))).toList();
    }

    /** Every value of the enum in its order, zero where nothing has it. */
    private static Map<String, Long> keyed(Enum<?>[] keys, Map<String, Long> counts) {
        Map<String, Long> all = new LinkedHashMap<>();
        for (Enum<?> key : keys) {
            all.put(key.name(), counts == null ? 0L : counts.getOrDefault(key.name(), 0L));
        }
        return all;
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
