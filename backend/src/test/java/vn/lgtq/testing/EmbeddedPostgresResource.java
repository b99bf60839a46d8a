package vn.lgtq.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL 17 for the tests, from the embedded binaries: no Docker, nothing installed. With -Dbench.pgdata
 * (`make bench`) the database lives in that directory and is kept between runs, so the Sơn La-size data is generated
 * once; pg_stat_statements then times the statements of each request inside the database.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {
    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            String kept = System.getProperty("bench.pgdata");
            if (kept != null && !kept.isBlank()) {
                builder.setDataDirectory(Path.of(kept)).setCleanDataDirectory(false)
                        .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                        .setServerConfig("pg_stat_statements.track", "all")
                        .setServerConfig("pg_stat_statements.track_planning", "on");
            }
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
