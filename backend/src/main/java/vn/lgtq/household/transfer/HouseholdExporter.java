package vn.lgtq.household.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import vn.lgtq.audit.AuditLog;
import vn.lgtq.household.Gender;
import vn.lgtq.household.Household;
import vn.lgtq.household.HouseholdFilter;
import vn.lgtq.household.HouseholdService;
import vn.lgtq.household.Relation;
import vn.lgtq.security.CallerScope;
import vn.lgtq.unit.Unit;

/** Writes household files: the import template and exports of what the caller may see. */
@ApplicationScoped
public class HouseholdExporter {
    private static final int CHUNK = 1000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    HouseholdService households;

    @Inject
    CallerScope caller;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    /** The template: every column, and one household (its head and a child) as an example. */
    public void template(FileFormat format, OutputStream out) throws IOException {
        SheetWriter writer = SheetWriter.of(format, out);
        writer.header(HouseholdColumn.TEMPLATE);
        writer.row(Arrays.asList("HK001", "Số 12, đường Chu Văn Thịnh", "0912345678", 1, "Nguyễn Văn An",
                Relation.HEAD.label, "15/03/1980", Gender.MALE.label, "014080001234"));
        writer.row(Arrays.asList("HK001", null, null, null, "Nguyễn Thị Bình", Relation.CHILD.label, "2008",
                Gender.FEMALE.label, null));
        writer.finish();
    }

    /** The id of a household, in the order of the query. */
    public record HouseholdId(Long id) {
    }

    /**
     * One row per person of the households the caller may see that match the filter (a household without
     * people gets one row), hamlet first; phone and citizen ID columns only for callers who may see them.
     * The ids come first, then the households in chunks, each chunk's people with one query: memory stays flat
     * and no cursor is held open while the response is written. Every export is audited (it carries personal data).
     */
    @Transactional
    public StreamingOutput export(HouseholdFilter filter, FileFormat format) {
        // Scope and filters are applied now, while a problem can still be the response.
        List<Long> ids = households.query(filter).project(HouseholdId.class).list().stream()
                .map(HouseholdId::id).toList();
        List<HouseholdColumn> columns = HouseholdColumn.export(caller.seesPersonalData());
        audit.record("EXPORT", "household", 0, describe(filter, format, ids.size(), columns));
        return out -> {
            SheetWriter writer = SheetWriter.of(format, out);
            writer.header(columns);
            Map<Long, String[]> hamlets = new HashMap<>();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                write(ids.subList(from, Math.min(ids.size(), from + CHUNK)), columns, hamlets, writer);
                em.clear();
            }
            writer.finish();
        };
    }

    private void write(List<Long> ids, List<HouseholdColumn> columns, Map<Long, String[]> hamlets,
            SheetWriter writer) throws IOException {
        Map<Long, Household> chunk = new HashMap<>();
        Household.<Household>list("id in ?1", ids).forEach(h -> chunk.put(h.id, h));
        Map<Long, List<Object[]>> people = new HashMap<>();
        em.createQuery("select p.household.id, p.fullName, p.birthDate, p.birthYear, p.gender, p.relation,"
                        + " p.citizenId from Person p where p.household.id in :ids order by p.household.id, p.position,"
                        + " p.id", Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> people.computeIfAbsent((Long) row[0], key -> new ArrayList<>()).add(row));
        Map<Long, Integer> groupNumbers = new HashMap<>();
        em.createQuery("select m.householdId, g.number from Membership m, Group g where g.id = m.groupId"
                        + " and m.leftOn is null and m.householdId in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> groupNumbers.put((Long) row[0], (Integer) row[1]));
        for (Long id : ids) {
            Household household = chunk.get(id);
            String[] hamlet = hamlets.computeIfAbsent(household.hamletId, hamletId -> {
                Unit unit = Unit.findById(hamletId);
                return new String[] {unit.code, unit.name};
            });
            List<Object[]> members = people.getOrDefault(household.id, List.<Object[]>of(new Object[7]));
            for (Object[] person : members) {
                List<Object> row = new ArrayList<>(columns.size());
                for (HouseholdColumn column : columns) {
                    row.add(switch (column) {
                        case HAMLET_CODE -> hamlet[0];
                        case HAMLET_NAME -> hamlet[1];
                        case CODE -> household.code;
                        case ADDRESS -> household.address;
                        case PHONE -> household.phone;
                        case GROUP_NUMBER -> groupNumbers.get(household.id);
                        case FULL_NAME -> person[1];
                        case RELATION -> person[5] == null ? null : ((Relation) person[5]).label;
                        case BIRTH -> person[2] != null ? DAY.format((LocalDate) person[2])
                                : person[3] != null ? person[3].toString() : null;
                        case GENDER -> person[4] == null ? null : ((Gender) person[4]).label;
                        case CITIZEN_ID -> person[6];
                    });
                }
                writer.row(row);
            }
        }
    }

    /** "format=CSV unitId=12 households=340 personal=true": what was exported, for the audit trail. */
    private static String describe(HouseholdFilter filter, FileFormat format, int households,
            List<HouseholdColumn> columns) {
        StringJoiner text = new StringJoiner(" ");
        text.add("format=" + format);
        if (filter.unitId != null) {
            text.add("unitId=" + filter.unitId);
        }
        if (filter.groupId != null) {
            text.add("groupId=" + filter.groupId);
        }
        if (filter.withoutGroup != null) {
            text.add("withoutGroup=" + filter.withoutGroup);
        }
        if (filter.q != null && !filter.q.isBlank()) {
            text.add("q=" + filter.q.trim());
        }
        text.add("households=" + households);
        text.add("personal=" + columns.contains(HouseholdColumn.CITIZEN_ID));
        return text.toString();
    }
}
