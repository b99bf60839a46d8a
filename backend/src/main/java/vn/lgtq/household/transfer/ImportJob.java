package vn.lgtq.household.transfer;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An uploaded household file being (or having been) validated and imported; poll for progress")
public record ImportJob(
        @Schema(description = "Job id (UUID)") String id,
        long hamletId,
        String fileName,
        ImportStatus status,
        @Schema(description = "Data rows of the file (an estimate until validation has read them all)") int totalRows,
        int processedRows,
        int householdsCreated,
        int householdsUpdated,
        int peopleImported,
        @Schema(description = "Every problem found; only the first 1000 are listed") int errorCount,
        List<ImportError> errors,
        OffsetDateTime createdAt,
        OffsetDateTime finishedAt) {

    static ImportJob of(HouseholdImport job) {
        return new ImportJob(job.id.toString(), job.hamletId, job.fileName, job.status, job.totalRows,
                job.processedRows, job.householdsCreated, job.householdsUpdated, job.peopleImported, job.errorCount,
                job.errors, job.createdAt, job.finishedAt);
    }
}
