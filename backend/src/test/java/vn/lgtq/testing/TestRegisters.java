package vn.lgtq.testing;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Fixtures of the evaluation and register tests, all in the Sơn La communes 03703 (Xã Quỳnh Nhai) and 03712 (Xã
 * Mường Sại), both of the former district 118 (Huyện Quỳnh Nhai), and 03721 (Xã Thuận Châu, former district 119).
 * No other test uses these communes, so counts there are the tests' own.
 */
public final class TestRegisters {
    public static final String QUYNH_NHAI = "03703";
    public static final String MUONG_SAI = "03712";
    public static final String THUAN_CHAU = "03721";
    /** The former district of Quỳnh Nhai and Mường Sại. */
    public static final String QUYNH_NHAI_DISTRICT = "118";

    private static final Map<String, Long> UNITS = new ConcurrentHashMap<>();

    private TestRegisters() {
    }

    /** The id of the commune (or, for a district, the unit) with this code, looked up once. */
    public static long unit(String code) {
        return UNITS.computeIfAbsent(code, c -> c.length() == 3 ? TestUnits.id(c, "2025-01-01") : TestUnits.current(c));
    }

    /** A hamlet made by the province officer. */
    public record Hamlet(long id, String code, String name) {
    }

    public static Hamlet hamlet(String communeCode, String name) {
        JsonPath hamlet = TestUnits.hamlet(unit(communeCode), name + " " + unique());
        return new Hamlet(hamlet.getLong("id"), hamlet.getString("code"), hamlet.getString("name"));
    }

    /** A group of the hamlet, led by the account (may be null), founded on the day (may be null). */
    public static long group(Hamlet hamlet, int number, String leaderAccount, String foundedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("hamletId", hamlet.id());
        body.put("number", number);
        body.put("leaderAccount", leaderAccount);
        body.put("foundedOn", foundedOn);
        return Callers.province().body(body).post("/api/v1/groups").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    public static long household(Hamlet hamlet, Long groupId) {
        return TestHouseholds.household(Callers.province(), hamlet.id(), groupId, 1).getLong("id");
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    public static RequestSpecification communeOfficer(String communeCode) {
        return Callers.as("cong-an-" + communeCode, communeCode, "commune-officer");
    }

    public static RequestSpecification districtOfficer(String districtCode) {
        return Callers.as("cong-an-huyen-" + districtCode, districtCode, "district-officer");
    }

    public static RequestSpecification hamletLeader(Hamlet hamlet) {
        return Callers.as("truong-thon-" + hamlet.code().toLowerCase(), hamlet.code(), "hamlet-leader");
    }

    public static String hamletLeaderName(Hamlet hamlet) {
        return "truong-thon-" + hamlet.code().toLowerCase();
    }

    /** The leader of a group of the hamlet, by the account the group names as leader. */
    public static RequestSpecification groupLeader(Hamlet hamlet, String account) {
        return Callers.as(account, hamlet.code(), "group-leader");
    }

    /** Audit rows of the action on the entity. */
    public static long audits(DataSource dataSource, String action, String entityType, Object entityId)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
                "SELECT count(*) FROM audit_event WHERE action = ? AND entity_type = ? AND entity_id = ?")) {
            query.setString(1, action);
            query.setString(2, entityType);
            query.setString(3, String.valueOf(entityId));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
