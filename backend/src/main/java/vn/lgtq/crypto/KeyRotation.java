package vn.lgtq.crypto;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Re-encrypts every sealed column under its current key id (and recomputes blind indexes), in batches of short
 * transactions while the application runs. A value already under the current key is left alone, so a run can be
 * stopped and started again at any time; a value that changed meanwhile is not overwritten (the application
 * wrote it, under the current key). Run it with {@code lgtq.crypto.rotate-on-start=true} ({@code make rotate-keys}).
 */
@ApplicationScoped
public class KeyRotation {
    private static final Logger LOG = Logger.getLogger(KeyRotation.class);
    private static final int PASSES = 3;

    /** What a run did: values rewritten, values that did not open (left as they are), values left on old keys. */
    public record Summary(long rewritten, long unreadable, long remaining) {
    }

    @Inject
    Instance<SealedColumns> owners;

    @Inject
    DataSource dataSource;

    @Inject
    CryptoConfig config;

    void onStart(@Observes StartupEvent event) {
        if (!config.rotateOnStart()) {
            return;
        }
        Thread worker = new Thread(() -> {
            int exitCode = 1;
            try {
                Summary summary = rotate();
                exitCode = summary.unreadable() == 0 && summary.remaining() == 0 ? 0 : 1;
            } catch (RuntimeException | SQLException e) {
                LOG.error("Key rotation failed; run it again (it resumes where it stopped)", e);
            }
            if (config.exitAfterRotation()) {
                Quarkus.asyncExit(exitCode);
            }
        }, "key-rotation");
        worker.setDaemon(true);
        worker.start();
    }

    /** Every sealed column, until nothing is left on an old key (a few passes catch values saved meanwhile). */
    public Summary rotate() throws SQLException {
        List<SealedColumn> columns = new ArrayList<>();
        owners.forEach(owner -> columns.addAll(owner.sealedColumns()));
        long rewritten = 0;
        long unreadable = 0;
        long remaining = 0;
        for (int pass = 1; pass <= PASSES; pass++) {
            unreadable = 0;
            for (SealedColumn column : columns) {
                long[] counts = rotate(column);
                rewritten += counts[0];
                unreadable += counts[1];
            }
            remaining = 0;
            for (SealedColumn column : columns) {
                remaining += notCurrent(column);
            }
            if (remaining == unreadable) {
                break;
            }
        }
        LOG.infof("Key rotation done: %d values re-encrypted, %d unreadable, %d not under the current key",
                rewritten, unreadable, remaining);
        return new Summary(rewritten, unreadable, remaining);
    }

    /** One column, batch after batch in id order; {rewritten, unreadable}. */
    private long[] rotate(SealedColumn column) throws SQLException {
        SealedBox box = column.box();
        String select = "SELECT id, " + column.column() + " FROM " + column.table() + " WHERE id > ? AND "
                + column.column() + " IS NOT NULL ORDER BY id LIMIT ?";
        String update = "UPDATE " + column.table() + " SET " + column.column() + " = ?"
                + (column.indexColumn() == null ? "" : ", " + column.indexColumn() + " = ?")
                + " WHERE id = ? AND " + column.column() + " = ?";
        long after = 0;
        long rewritten = 0;
        long unreadable = 0;
        long seen = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                while (true) {
                    List<Object[]> rows = new ArrayList<>();
                    try (PreparedStatement s = c.prepareStatement(select)) {
                        s.setLong(1, after);
                        s.setInt(2, config.rotationBatchSize());
                        try (ResultSet rs = s.executeQuery()) {
                            while (rs.next()) {
                                rows.add(new Object[] {rs.getLong(1), rs.getBytes(2)});
                            }
                        }
                    }
                    if (rows.isEmpty()) {
                        break;
                    }
                    try (PreparedStatement u = c.prepareStatement(update)) {
                        for (Object[] row : rows) {
                            long id = (Long) row[0];
                            byte[] stored = (byte[]) row[1];
                            if (box.isCurrent(stored)) {
                                continue;
                            }
                            SealedBox.Place place = column.place(id);
                            byte[] plain;
                            try {
                                plain = box.open(stored, place);
                            } catch (SealedBox.UnreadableException e) {
                                LOG.errorf("Key rotation: %s does not open; left as it is (%s)", place, e.getMessage());
                                unreadable++;
                                continue;
                            }
                            int p = 1;
                            u.setBytes(p++, box.seal(plain, place));
                            if (column.indexColumn() != null) {
                                u.setBytes(p++, column.index().apply(plain));
                            }
                            u.setLong(p++, id);
                            u.setBytes(p, stored);
                            u.addBatch();
                        }
                        for (int updated : u.executeBatch()) {
                            rewritten += Math.max(0, updated); // 0: the application changed the row meanwhile
                        }
                    }
                    c.commit();
                    seen += rows.size();
                    after = (Long) rows.get(rows.size() - 1)[0];
                    LOG.infof("Key rotation: %s: %d rows read, %d re-encrypted so far", column, seen, rewritten);
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
        return new long[] {rewritten, unreadable};
    }

    private long notCurrent(SealedColumn column) throws SQLException {
        SealedBox box = column.box();
        // The header (format byte, key id) is all that tells: compare it in the database, nothing is decrypted.
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM " + column.table() + " WHERE " + column.column() + " IS NOT NULL AND substring("
                        + column.column() + " from 1 for 2) <> ?")) {
            s.setBytes(1, new byte[] {SealedBox.FORMAT, (byte) box.currentKeyId()});
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
