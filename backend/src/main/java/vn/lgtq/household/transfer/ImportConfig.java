package vn.lgtq.household.transfer;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lgtq.household-import")
public interface ImportConfig {
    /** Largest file accepted; the HTTP body limit (quarkus.http.limits.max-body-size) must be a bit larger. */
    @WithDefault("50M")
    MemorySize maxFileSize();

    /** Imports processed at the same time; more wait in state QUEUED. */
    @WithDefault("1")
    int workers();

    /** Rows between two progress updates of a job. */
    @WithDefault("5000")
    int progressEvery();
}
