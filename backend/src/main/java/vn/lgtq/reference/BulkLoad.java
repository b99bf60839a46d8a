package vn.lgtq.reference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a big table the way PostgreSQL's documentation recommends ("Populating a Database"): its foreign keys,
 * unique constraints and secondary indexes are dropped for the load and put back afterwards, as they were (their
 * definitions are read from the catalog). A foreign key put back checks every row in one query, instead of one
 * trigger call per row; an index is built once instead of row by row. All of it happens inside the caller's
 * transaction: a failure rolls the definitions back with the rows. The tables are locked until the commit.
 */
final class BulkLoad {
    @FunctionalInterface
    interface Load {
        long run() throws SQLException;
    }

    private final Connection c;
    private final Map<String, List<String>> relaxed = new LinkedHashMap<>();
    private long restoreNanos;

    BulkLoad(Connection c) {
        this.c = c;
    }

    /** Drops the table's foreign keys, unique constraints and secondary indexes, except those named in keep. */
    void relax(String table, String... keep) throws SQLException {
        Set<String> kept = Set.of(keep);
        List<String> drop = new ArrayList<>();
        List<String> restore = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = CAST(? AS regclass) AND contype IN ('u', 'f')
                ORDER BY contype DESC, conname""")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    if (!kept.contains(name)) {
                        drop.add("ALTER TABLE " + table + " DROP CONSTRAINT \"" + name + "\"");
                        restore.add("ALTER TABLE " + table + " ADD CONSTRAINT \"" + name + "\" " + rs.getString(2));
                    }
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("""
                SELECT x.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid
                WHERE i.indrelid = CAST(? AS regclass) AND NOT i.indisprimary
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid
                                  AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
                ORDER BY 1""")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    if (!kept.contains(name)) {
                        drop.add("DROP INDEX \"" + name + "\"");
                        restore.add(restore.size() - countForeignKeys(restore), rs.getString(2));
                    }
                }
            }
        }
        execute(drop);
        relaxed.put(table, restore);
    }

    /** Puts back what {@link #relax} dropped: indexes and unique constraints first, then the foreign keys. */
    void restore(String table) throws SQLException {
        List<String> statements = relaxed.remove(table);
        if (statements != null) {
            long start = System.nanoTime();
            execute(statements);
            restoreNanos += System.nanoTime() - start;
        }
    }

    /** Seconds spent putting keys and indexes back since the last call. */
    double takeRestoreSeconds() {
        double seconds = restoreNanos / 1e9;
        restoreNanos = 0;
        return seconds;
    }

    /** Relaxes the table, runs the load, restores the table; returns the load's row count. */
    long load(String table, Load load) throws SQLException {
        relax(table);
        long rows = load.run();
        restore(table);
        return rows;
    }

    private static int countForeignKeys(List<String> statements) {
        int n = 0;
        for (String statement : statements) {
            if (statement.contains(" FOREIGN KEY ")) {
                n++;
            }
        }
        return n;
    }

    private void execute(List<String> statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
