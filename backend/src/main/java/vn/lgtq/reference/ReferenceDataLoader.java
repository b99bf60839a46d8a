package vn.lgtq.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import vn.lgtq.unit.SearchText;
import vn.lgtq.unit.UnitLevel;
import vn.lgtq.unit.UnitType;

/**
 * Loads the national lists of provinces, districts and communes, before and after the reform of 1 July 2025,
 * once per database. Old units end on 30 June 2025; new communes hang under their province, list the old
 * communes they replaced and, where all of those lay in one district, link to that former district.
 */
@ApplicationScoped
public class ReferenceDataLoader {
    public static final String DATASET = "vn-admin-2025-07-01";
    public static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);
    static final LocalDate LAST_DAY_BEFORE_REFORM = REFORM_DAY.minusDays(1);

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class);
    private static final String BASE = "/reference/vn-admin/";
    private static final String OLD_UNITS = BASE
            + "thanglequoc-vietnamese-provinces-database/v2.4.1/json/vn_only_simplified_json_generated_data_vn_units_minified.json";
    private static final String NEW_UNITS = BASE
            + "thanglequoc-vietnamese-provinces-database/json/full_json_generated_data_vn_units_2026-07-25__20_49_07.json";
    private static final String MERGES = BASE + "dvhcvn-20250701/mapping/merges.json";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    /** A unit to insert; ids are filled in by the insert. */
    private record Row(String code, String name, UnitLevel level, UnitType type, Long parentId, Long formerDistrictId,
            LocalDate validFrom, LocalDate validTo) {
    }

    /** Runs outside any caller's transaction: it commits on its own connection. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void loadOnce() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(20250701)")) {
                lock.execute(); // two replicas starting together load once
            }
            if (alreadyLoaded(connection)) {
                connection.rollback();
                return;
            }
            int count = load(connection);
            try (PreparedStatement mark = connection.prepareStatement(
                    "INSERT INTO reference_dataset (name, row_count) VALUES (?, ?)")) {
                mark.setString(1, DATASET);
                mark.setInt(2, count);
                mark.executeUpdate();
            }
            connection.commit();
            LOG.infof("Loaded %d administrative units (%s)", count, DATASET);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the administrative reference data", e);
        }
    }

    private static boolean alreadyLoaded(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM reference_dataset WHERE name = ?")) {
            query.setString(1, DATASET);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    private int load(Connection connection) throws SQLException {
        JsonNode oldProvinces = read(OLD_UNITS);
        JsonNode newProvinces = read(NEW_UNITS);
        Map<String, List<String>> provinceSources = new HashMap<>();
        Map<String, List<String>> communeSources = new HashMap<>();
        for (JsonNode province : read(MERGES).path("data")) {
            provinceSources.put(province.path("level1_id").asText(), oldIds(province));
            for (JsonNode commune : province.path("level2s")) {
                communeSources.put(commune.path("level2_id").asText(), oldIds(commune));
            }
        }

        // Provinces the reform left as they were stay one unit; the others end and are replaced.
        Set<String> unchanged = new HashSet<>();
        for (JsonNode province : newProvinces) {
            String code = province.path("Code").asText();
            if (List.of(code).equals(provinceSources.get(code))) {
                unchanged.add(code);
            }
        }
        long country = countryId(connection);
        int count = 0;
        Map<String, Long> oldProvinceIds = new HashMap<>();
        Map<String, Long> newProvinceIds = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (JsonNode province : oldProvinces) {
            String code = province.path("Code").asText();
            String name = province.path("FullName").asText();
            rows.add(new Row(code, name, UnitLevel.PROVINCE, UnitType.fromFullName(UnitLevel.PROVINCE, name), country,
                    null, null, unchanged.contains(code) ? null : LAST_DAY_BEFORE_REFORM));
        }
        List<Long> ids = insert(connection, rows);
        count += ids.size();
        for (int i = 0; i < rows.size(); i++) {
            oldProvinceIds.put(rows.get(i).code(), ids.get(i));
            if (unchanged.contains(rows.get(i).code())) {
                newProvinceIds.put(rows.get(i).code(), ids.get(i));
            }
        }
        rows.clear();
        for (JsonNode province : newProvinces) {
            String code = province.path("Code").asText();
            if (!unchanged.contains(code)) {
                rows.add(new Row(code, province.path("FullName").asText(), UnitLevel.PROVINCE,
                        newType(UnitLevel.PROVINCE, province), country, null, REFORM_DAY, null));
            }
        }
        ids = insert(connection, rows);
        count += ids.size();
        List<long[]> predecessors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            newProvinceIds.put(rows.get(i).code(), ids.get(i));
            for (String old : provinceSources.getOrDefault(rows.get(i).code(), List.of())) {
                if (oldProvinceIds.containsKey(old)) {
                    predecessors.add(new long[] {ids.get(i), oldProvinceIds.get(old)});
                }
            }
        }

        // Districts and communes as they were until 30 June 2025.
        rows.clear();
        for (JsonNode province : oldProvinces) {
            for (JsonNode district : province.path("District")) {
                String name = district.path("FullName").asText();
                rows.add(new Row(district.path("Code").asText(), name, UnitLevel.DISTRICT,
                        UnitType.fromFullName(UnitLevel.DISTRICT, name), oldProvinceIds.get(province.path("Code").asText()),
                        null, null, LAST_DAY_BEFORE_REFORM));
            }
        }
        ids = insert(connection, rows);
        count += ids.size();
        Map<String, Long> districtIds = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            districtIds.put(rows.get(i).code(), ids.get(i));
        }
        rows.clear();
        for (JsonNode province : oldProvinces) {
            for (JsonNode district : province.path("District")) {
                for (JsonNode commune : district.path("Ward")) {
                    String name = commune.path("FullName").asText();
                    rows.add(new Row(commune.path("Code").asText(), name, UnitLevel.COMMUNE,
                            UnitType.fromFullName(UnitLevel.COMMUNE, name), districtIds.get(district.path("Code").asText()),
                            null, null, LAST_DAY_BEFORE_REFORM));
                }
            }
        }
        ids = insert(connection, rows);
        count += ids.size();
        Map<String, Long> oldCommuneIds = new HashMap<>();
        Map<String, Long> oldCommuneDistrict = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            oldCommuneIds.put(rows.get(i).code(), ids.get(i));
            oldCommuneDistrict.put(rows.get(i).code(), rows.get(i).parentId());
        }

        // Communes since 1 July 2025, straight under their province.
        rows.clear();
        List<List<String>> sources = new ArrayList<>();
        for (JsonNode province : newProvinces) {
            for (JsonNode commune : province.path("Wards")) {
                String code = commune.path("Code").asText();
                List<String> old = communeSources.getOrDefault(code, List.of()).stream()
                        .filter(oldCommuneIds::containsKey).toList();
                Set<Long> districts = new LinkedHashSet<>();
                old.forEach(o -> districts.add(oldCommuneDistrict.get(o)));
                rows.add(new Row(code, commune.path("FullName").asText(), UnitLevel.COMMUNE,
                        newType(UnitLevel.COMMUNE, commune), newProvinceIds.get(province.path("Code").asText()),
                        districts.size() == 1 ? districts.iterator().next() : null, REFORM_DAY, null));
                sources.add(old);
            }
        }
        ids = insert(connection, rows);
        count += ids.size();
        for (int i = 0; i < rows.size(); i++) {
            for (String old : sources.get(i)) {
                predecessors.add(new long[] {ids.get(i), oldCommuneIds.get(old)});
            }
        }
        insertPredecessors(connection, predecessors);
        return count;
    }

    /** The country every province hangs under (migration V14). */
    private static long countryId(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM unit WHERE level = 'COUNTRY'");
                ResultSet rs = query.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("No country unit: migration V14 has not run");
            }
            return rs.getLong(1);
        }
    }

    private static UnitType newType(UnitLevel level, JsonNode unit) {
        return UnitType.fromPrefix(level, unit.path("AdministrativeUnitShortName").asText());
    }

    private static List<String> oldIds(JsonNode unit) {
        List<String> ids = new ArrayList<>();
        unit.path("merges").forEach(m -> ids.add(m.path("old_id").asText()));
        return ids;
    }

    private JsonNode read(String resource) {
        try (InputStream in = ReferenceDataLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference data " + resource);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Long> insert(Connection connection, List<Row> rows) throws SQLException {
        String sql = "INSERT INTO unit (code, name, search_name, level, type, parent_id, former_district_id,"
                + " valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        List<Long> ids = new ArrayList<>(rows.size());
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            for (Row row : rows) {
                insert.setString(1, row.code());
                insert.setString(2, row.name());
                insert.setString(3, SearchText.fold(row.name()));
                insert.setString(4, row.level().name());
                insert.setString(5, row.type().name());
                setLong(insert, 6, row.parentId());
                setLong(insert, 7, row.formerDistrictId());
                insert.setObject(8, row.validFrom() == null ? null : Date.valueOf(row.validFrom()), Types.DATE);
                insert.setObject(9, row.validTo() == null ? null : Date.valueOf(row.validTo()), Types.DATE);
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        return ids;
    }

    private static void insertPredecessors(Connection connection, List<long[]> links) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO unit_predecessor (unit_id, predecessor_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (long[] link : links) {
                insert.setLong(1, link[0]);
                insert.setLong(2, link[1]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
