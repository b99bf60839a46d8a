package vn.lgtq.household.transfer;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lgtq.household-import")
public interface ImportConfig {
    /** Largest file accepted; the HTTP body limit (quarkus.http.limits.max-body-size) must be a bit larger. */
    @WithDefault("50M")
    MemorySize maxFileSize();

    /**
     * Most rows a workbook may have. A workbook is compressed: a few MB can hold millions of rows, so the file
     * size alone does not bound the work (CSV is not compressed: its size is its bound).
     */
    @WithDefault("100000")
    int xlsxMaxRows();

    /** Most bytes a workbook may inflate to, all its parts together, counted as they are inflated. */
    @WithDefault("200M")
    MemorySize xlsxMaxUncompressedSize();

    /** Imports processed at the same time; more wait in state QUEUED. */
    @WithDefault("1")
    int workers();

    /** Rows between two progress updates of a job. */
    @WithDefault("5000")
    int progressEvery();
}
