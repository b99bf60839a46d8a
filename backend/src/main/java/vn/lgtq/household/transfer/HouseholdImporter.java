package vn.lgtq.household.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import vn.lgtq.bulk.CopyWriter;
import vn.lgtq.household.transfer.HouseholdRows.Draft;

/**
 * Validates and imports household files in the background. The rows are checked while they are streamed into a
 * temporary staging table with COPY; a clean file is then written with a handful of set-based statements, in one
 * transaction, so that either the whole file is imported or nothing is. The job's state and progress are written
 * in transactions of their own, so that callers can follow it.
 */
@ApplicationScoped
public class HouseholdImporter {
    static final int LISTED_ERRORS = 1000;
    private static final Logger LOG = Logger.getLogger(HouseholdImporter.class);
    private static final String FAILED_MESSAGE =
            "Lỗi hệ thống khi nhập tệp; không có dữ liệu nào được ghi. Hãy thử lại sau.";

    /** Everything a background import needs, captured from the request before it is answered. */
    public record Request(UUID jobId, long hamletId, String hamletCode, Path file, FileFormat format,
            String fileName, String actor, String actorRoles, String actorUnitCode) {
    }

    /** What an import did, with the time spent reading and checking the file and writing it. */
    public record Result(ImportStatus status, int rows, int created, int updated, int people, int errorCount,
            long readMillis, long writeMillis) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    ImportConfig config;

    @Inject
    ObjectMapper json;

    private ExecutorService workers;

    @PostConstruct
    void start() {
        workers = Executors.newFixedThreadPool(config.workers(), task -> {
            Thread thread = new Thread(task, "household-import");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** Jobs left unfinished when the application stopped will never finish: say so. */
    void failInterrupted(@Observes StartupEvent event) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE household_import SET status = 'FAILED', finished_at = now(), error_count = 1,"
                        + " errors = ?::jsonb WHERE status IN ('QUEUED', 'VALIDATING', 'IMPORTING')")) {
            update.setString(1, errorsJson(List.of(new ImportError(null, null, FAILED_MESSAGE))));
            update.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("Could not mark interrupted household imports as failed", e);
        }
    }

    /** Runs the import on a worker thread; the file is deleted afterwards. */
    public void submit(Request request) {
        workers.execute(() -> {
            try {
                run(request);
            } finally {
                try {
                    Files.deleteIfExists(request.file());
                } catch (IOException e) {
                    LOG.warnf("Could not delete %s", request.file());
                }
            }
        });
    }

    /** Runs the import in the calling thread (the worker, or a benchmark). */
    public Result run(Request request) {
        long start = System.nanoTime();
        ImportErrors errors = new ImportErrors(LISTED_ERRORS);
        HouseholdRows rows = null;
        Result result;
        try {
            setProgress(request.jobId(), ImportStatus.VALIDATING, estimateRows(request), 0);
            rows = new HouseholdRows(request.hamletCode(), activeGroups(request.hamletId()), errors,
                    LocalDate.now());
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    result = importRows(c, request, rows, errors, start);
                } finally {
                    c.rollback(); // a no-op after the commit of a clean file; undoes the staging otherwise
                    c.setAutoCommit(true);
                }
            }
        } catch (SheetReader.UnreadableFileException e) {
            errors.add(null, null, null, e.getMessage());
            result = new Result(ImportStatus.REJECTED, 0, 0, 0, 0, errors.count(), millisSince(start), 0);
        } catch (Exception e) {
            LOG.errorf(e, "Household import %s failed", request.jobId());
            result = new Result(ImportStatus.FAILED, 0, 0, 0, 0, 1, millisSince(start), 0);
        }
        try {
            if (result.status() == ImportStatus.REJECTED) {
                finish(request.jobId(), ImportStatus.REJECTED, rows == null ? 0 : rows.dataRows(), errors.count(),
                        errors.listed());
            } else if (result.status() == ImportStatus.FAILED) {
                finish(request.jobId(), ImportStatus.FAILED, 0, 1, List.of(new ImportError(null, null,
                        FAILED_MESSAGE)));
            }
        } catch (SQLException e) {
            LOG.errorf(e, "Could not record the end of household import %s", request.jobId());
        }
        LOG.infof("Household import %s (%s, hamlet %s): %s, %d rows, %d households created, %d updated,"
                        + " %d people, %d problems; reading %d ms, writing %d ms", request.jobId(),
                request.fileName(), request.hamletCode(), result.status(), result.rows(), result.created(),
                result.updated(), result.people(), result.errorCount(), result.readMillis(), result.writeMillis());
        return result;
    }

    private Result importRows(Connection c, Request request, HouseholdRows rows, ImportErrors errors, long start)
            throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL synchronous_commit = off");
            s.execute("SET LOCAL work_mem = '256MB'");
            s.execute("""
                    CREATE TEMP TABLE import_person (
                        ord integer NOT NULL, code text NOT NULL, position integer NOT NULL,
                        full_name text NOT NULL, birth_date date, birth_year integer, gender text,
                        relation text NOT NULL, citizen_id text
                    ) ON COMMIT DROP""");
            s.execute("""
                    CREATE TEMP TABLE import_household (
                        code text PRIMARY KEY, address text, phone text, group_id bigint, group_row integer,
                        head_name text NOT NULL, search_text text NOT NULL, first_row integer NOT NULL
                    ) ON COMMIT DROP""");
        }

        // 1. Read and check every row, streaming the good ones into the staging table.
        int people = stagePeople(c, request, rows, errors);
        if (!errors.isEmpty()) {
            return new Result(ImportStatus.REJECTED, rows.dataRows(), 0, 0, 0, errors.count(), millisSince(start), 0);
        }
        keepAbsentColumns(c, request.hamletId(), rows);
        stageHouseholds(c, rows);
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE import_person");
            s.execute("ANALYZE import_household");
        }
        checkGroupLeadersStay(c, request.hamletId(), rows, errors);
        if (!errors.isEmpty()) {
            return new Result(ImportStatus.REJECTED, rows.dataRows(), 0, 0, 0, errors.count(), millisSince(start), 0);
        }
        long readMillis = millisSince(start);
        setProgress(request.jobId(), ImportStatus.IMPORTING, rows.dataRows(), rows.dataRows());

        // 2. Write it: households, their people, memberships, the audit trail and the job, then commit.
        long writeStart = System.nanoTime();
        int[] counts = upsertHouseholds(c, request.hamletId());
        replacePeople(c, request.hamletId(), rows);
        moveMemberships(c, request.hamletId(), LocalDate.now());
        audit(c, request, counts[0], counts[1], people);
        try (PreparedStatement done = c.prepareStatement("""
                UPDATE household_import SET status = 'DONE', total_rows = ?, processed_rows = ?,
                    households_created = ?, households_updated = ?, people_imported = ?, finished_at = now()
                WHERE id = ?""")) {
            done.setInt(1, rows.dataRows());
            done.setInt(2, rows.dataRows());
            done.setInt(3, counts[0]);
            done.setInt(4, counts[1]);
            done.setInt(5, people);
            done.setObject(6, request.jobId());
            done.executeUpdate();
        }
        c.commit();
        return new Result(ImportStatus.DONE, rows.dataRows(), counts[0], counts[1], people, 0, readMillis,
                millisSince(writeStart));
    }

    private int stagePeople(Connection c, Request request, HouseholdRows rows, ImportErrors errors)
            throws SQLException, IOException {
        CopyWriter copy = new CopyWriter(c, "import_person",
                "ord, code, position, full_name, birth_date, birth_year, gender, relation, citizen_id");
        int every = config.progressEvery();
        int[] read = {0};
        try (SheetReader reader = SheetReader.open(request.format(), request.file(),
                config.xlsxMaxRows(), config.xlsxMaxUncompressedSize().asLongValue())) {
            rows.readAll(reader, row -> {
                try {
                    copy.number(row.row()).text(row.code()).number(row.position()).text(row.fullName())
                            .date(row.birthDate()).number(row.birthYear()).text(row.gender()).text(row.relation())
                            .text(row.citizenId()).endRow();
                } catch (SQLException e) {
                    throw new IOException(e);
                }
            }, () -> {
                if (++read[0] % every == 0) {
                    setProgress(request.jobId(), ImportStatus.VALIDATING, -1, read[0]);
                }
            });
        } catch (IOException | RuntimeException e) {
            copy.cancel();
            throw e;
        }
        if (!errors.isEmpty()) {
            copy.cancel();
            return 0;
        }
        return (int) copy.finish();
    }

    /** An optional household column missing from the file keeps what is stored: fill it in from the database. */
    private static void keepAbsentColumns(Connection c, long hamletId, HouseholdRows rows) throws SQLException {
        boolean address = rows.has(HouseholdColumn.ADDRESS);
        boolean phone = rows.has(HouseholdColumn.PHONE);
        if (address && phone) {
            return;
        }
        try (PreparedStatement select = c.prepareStatement(
                "SELECT code, address, phone FROM household WHERE hamlet_id = ?")) {
            select.setLong(1, hamletId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Draft draft = rows.households().get(rs.getString(1));
                    if (draft != null) {
                        draft.address = address ? draft.address : rs.getString(2);
                        draft.phone = phone ? draft.phone : rs.getString(3);
                    }
                }
            }
        }
    }

    private static void stageHouseholds(Connection c, HouseholdRows rows) throws SQLException {
        CopyWriter copy = new CopyWriter(c, "import_household",
                "code, address, phone, group_id, group_row, head_name, search_text, first_row");
        try {
            for (Draft h : rows.households().values()) {
                copy.text(h.code).text(h.address).text(h.phone).number(h.groupId)
                        .number(h.groupId == null ? null : h.groupRow).text(h.headName).text(h.searchText())
                        .number(h.firstRow).endRow();
            }
            copy.finish();
        } catch (SQLException | RuntimeException e) {
            copy.cancel();
            throw e;
        }
    }

    /** The API refuses to move a household whose person leads its group; so does the import. */
    private static void checkGroupLeadersStay(Connection c, long hamletId, HouseholdRows rows, ImportErrors errors)
            throws SQLException {
        try (PreparedStatement select = c.prepareStatement("""
                SELECT s.group_row, s.code, g.name
                FROM import_household s
                JOIN household h ON h.hamlet_id = ? AND h.code = s.code
                JOIN group_membership m ON m.household_id = h.id AND m.left_on IS NULL AND m.group_id <> s.group_id
                JOIN lgtq_group g ON g.id = m.group_id
                WHERE s.group_id IS NOT NULL
                  AND EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id
                              AND p.id IN (g.leader_person_id, g.deputy_person_id))""")) {
            select.setLong(1, hamletId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    errors.add(rs.getInt(1), HouseholdColumn.GROUP_NUMBER, rows.header(HouseholdColumn.GROUP_NUMBER),
                            "Hộ " + rs.getString(2) + " có nhóm trưởng hoặc nhóm phó của " + rs.getString(3)
                                    + "; hãy chọn người khác làm nhóm trưởng, nhóm phó trước khi chuyển nhóm.");
                }
            }
        }
    }

    /** Inserts new households and updates existing ones (version bumped); returns {created, updated}. */
    private static int[] upsertHouseholds(Connection c, long hamletId) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO household AS h (hamlet_id, code, head_name, address, phone, search_text)
                SELECT ?, code, head_name, address, phone, search_text FROM import_household
                ON CONFLICT (hamlet_id, code) DO UPDATE
                    SET head_name = EXCLUDED.head_name, address = EXCLUDED.address, phone = EXCLUDED.phone,
                        search_text = EXCLUDED.search_text, version = h.version + 1""")) {
            upsert.setLong(1, hamletId);
            upsert.executeUpdate();
        }
        // From here on, version 0 tells a household this import created from one it updated.
        try (PreparedStatement count = c.prepareStatement("""
                SELECT count(*) FILTER (WHERE h.version = 0), count(*) FILTER (WHERE h.version > 0)
                FROM import_household s JOIN household h ON h.hamlet_id = ? AND h.code = s.code""")) {
            count.setLong(1, hamletId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return new int[] {rs.getInt(1), rs.getInt(2)};
            }
        }
    }

    /**
     * The people of every imported household become the file's. A stored person whose name comes back keeps its
     * id (the n-th of a name with the n-th of that name), so that group leader and deputy references survive;
     * the others are deleted. An optional person column missing from the file keeps the stored values.
     */
    private static void replacePeople(Connection c, long hamletId, HouseholdRows rows) throws SQLException {
        List<String> columns = new ArrayList<>(List.of("position", "full_name", "relation"));
        if (rows.has(HouseholdColumn.BIRTH)) {
            columns.addAll(List.of("birth_date", "birth_year"));
        }
        if (rows.has(HouseholdColumn.GENDER)) {
            columns.add("gender");
        }
        if (rows.has(HouseholdColumn.CITIZEN_ID)) {
            columns.add("citizen_id");
        }
        String set = String.join(", ", columns.stream().map(column -> column + " = s." + column).toList());
        String changed = "(" + String.join(", ", columns.stream().map(column -> "p." + column).toList())
                + ") IS DISTINCT FROM (" + String.join(", ", columns.stream().map(column -> "s." + column).toList())
                + ")";
        try (Statement s = c.createStatement()) {
            // Stored people of households that existed before (version > 0 since the upsert) matched by name.
            s.execute("""
                    CREATE TEMP TABLE import_match ON COMMIT DROP AS
                    SELECT e.id AS person_id, n.ord
                    FROM (SELECT p.id, p.household_id, p.full_name,
                                 row_number() OVER (PARTITION BY p.household_id, p.full_name
                                                    ORDER BY p.position, p.id) AS k
                          FROM household h JOIN import_household i ON i.code = h.code
                          JOIN person p ON p.household_id = h.id
                          WHERE h.hamlet_id = %1$d AND h.version > 0) e
                    JOIN (SELECT s.ord, h.id AS household_id, s.full_name,
                                 row_number() OVER (PARTITION BY s.code, s.full_name ORDER BY s.position) AS k
                          FROM import_person s JOIN household h ON h.hamlet_id = %1$d AND h.code = s.code
                          WHERE h.version > 0) n
                      ON n.household_id = e.household_id AND n.full_name = e.full_name AND n.k = e.k"""
                    .formatted(hamletId));
            s.execute("ANALYZE import_match");
            s.execute("""
                    DELETE FROM person p USING household h, import_household i
                    WHERE h.hamlet_id = %d AND i.code = h.code AND h.version > 0 AND p.household_id = h.id
                      AND NOT EXISTS (SELECT 1 FROM import_match m WHERE m.person_id = p.id)""".formatted(hamletId));
            s.execute("UPDATE person p SET " + set + " FROM import_match m JOIN import_person s ON s.ord = m.ord"
                    + " WHERE p.id = m.person_id AND " + changed);
            s.execute("""
                    INSERT INTO person (household_id, position, full_name, birth_date, birth_year, gender, relation,
                                        citizen_id)
                    SELECT h.id, s.position, s.full_name, s.birth_date, s.birth_year, s.gender, s.relation,
                           s.citizen_id
                    FROM import_person s JOIN household h ON h.hamlet_id = %d AND h.code = s.code
                    WHERE NOT EXISTS (SELECT 1 FROM import_match m WHERE m.ord = s.ord)""".formatted(hamletId));
        }
    }

    /** A household given a group number leaves its active group (if another) and joins that one today. */
    private static void moveMemberships(Connection c, long hamletId, LocalDate today) throws SQLException {
        try (PreparedStatement leave = c.prepareStatement("""
                UPDATE group_membership m SET left_on = GREATEST(m.joined_on, ?)
                FROM household h JOIN import_household i ON i.code = h.code
                WHERE h.hamlet_id = ? AND i.group_id IS NOT NULL AND m.household_id = h.id AND m.left_on IS NULL
                  AND m.group_id <> i.group_id""");
                PreparedStatement join = c.prepareStatement("""
                        INSERT INTO group_membership (household_id, group_id, joined_on)
                        SELECT h.id, i.group_id, ?
                        FROM household h JOIN import_household i ON i.code = h.code
                        WHERE h.hamlet_id = ? AND i.group_id IS NOT NULL AND NOT EXISTS (
                            SELECT 1 FROM group_membership m WHERE m.household_id = h.id AND m.left_on IS NULL)""")) {
            leave.setDate(1, Date.valueOf(today));
            leave.setLong(2, hamletId);
            leave.executeUpdate();
            join.setDate(1, Date.valueOf(today));
            join.setLong(2, hamletId);
            join.executeUpdate();
        }
    }

    /** One row of the audit trail for the whole import, in its transaction, as the uploader. */
    private static void audit(Connection c, Request request, int created, int updated, int people)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO audit_event (actor, actor_roles, actor_unit_code, action, entity_type, entity_id, detail)
                VALUES (?, ?, ?, 'IMPORT', 'household_import', ?, ?)""")) {
            insert.setString(1, request.actor());
            insert.setString(2, request.actorRoles());
            insert.setString(3, request.actorUnitCode());
            insert.setString(4, request.jobId().toString());
            insert.setString(5, "hamlet " + request.hamletCode() + ", file " + request.fileName() + ": " + created
                    + " households created, " + updated + " updated, " + people + " people");
            insert.executeUpdate();
        }
    }

    private Map<Integer, Long> activeGroups(long hamletId) throws SQLException {
        Map<Integer, Long> groups = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT number, id FROM lgtq_group WHERE hamlet_id = ? AND status = 'ACTIVE'")) {
            select.setLong(1, hamletId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    groups.put(rs.getInt(1), rs.getLong(2));
                }
            }
        }
        return groups;
    }

    /** Sets the state and progress (a negative total keeps the stored one), committed at once. */
    private void setProgress(UUID jobId, ImportStatus status, int totalRows, int processedRows) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement("""
                UPDATE household_import SET status = ?, processed_rows = ?,
                    total_rows = CASE WHEN ? < 0 THEN total_rows ELSE ? END
                WHERE id = ?""")) {
            update.setString(1, status.name());
            update.setInt(2, processedRows);
            update.setInt(3, totalRows);
            update.setInt(4, totalRows);
            update.setObject(5, jobId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the progress of import " + jobId, e);
        }
    }

    private void finish(UUID jobId, ImportStatus status, int rows, int errorCount, List<ImportError> listed)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement("""
                UPDATE household_import SET status = ?, total_rows = ?, processed_rows = ?, error_count = ?,
                    errors = ?::jsonb, finished_at = now()
                WHERE id = ?""")) {
            update.setString(1, status.name());
            update.setInt(2, rows);
            update.setInt(3, rows);
            update.setInt(4, errorCount);
            update.setString(5, errorsJson(listed));
            update.setObject(6, jobId);
            update.executeUpdate();
        }
    }

    private String errorsJson(List<ImportError> errors) {
        try {
            return json.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lines of a CSV file (cheap to count, for a progress bar); unknown for a workbook until it is read. */
    private static int estimateRows(Request request) throws IOException {
        if (request.format() != FileFormat.CSV) {
            return 0;
        }
        byte[] buffer = new byte[1 << 16];
        int lines = 0;
        try (InputStream in = Files.newInputStream(request.file())) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        return Math.max(0, lines - 1);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
