package vn.lgtq.household.transfer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.lgtq.error.InputRules;
import vn.lgtq.error.Problem;
import vn.lgtq.error.ProblemException;
import vn.lgtq.household.HouseholdService;
import vn.lgtq.security.CallerScope;
import vn.lgtq.unit.Unit;

/** Accepts household files: checks the caller and the file at once, then leaves the rows to the importer. */
@ApplicationScoped
public class HouseholdImportService {
    @Inject
    HouseholdService households;

    @Inject
    CallerScope caller;

    @Inject
    HouseholdImporter importer;

    @Inject
    ImportConfig config;

    /** Queues the file for import into the hamlet; answers before a row is read. */
    public ImportJob submit(long hamletId, FileUpload upload) {
        Unit hamlet = households.hamletForWrite(hamletId);
        if (upload == null || upload.uploadedFile() == null) {
            throw ProblemException.invalid("file", "Hãy gửi một tệp CSV hoặc XLSX trong trường file.");
        }
        if (upload.size() > config.maxFileSize().asLongValue()) {
            throw ProblemException.of(new Problem(Problem.TYPE_PREFIX + "file-too-large", "Content Too Large", 413,
                    "Tệp lớn hơn " + config.maxFileSize().asLongValue() / (1024 * 1024)
                            + " MB; hãy chia thành nhiều tệp nhỏ hơn.", null));
        }
        InputRules.requireCleanName("file", upload.fileName()); // the name goes into the job, the audit and logs
        String fileName = fileName(upload.fileName());
        try {
            FileFormat format = FileFormat.detect(upload.uploadedFile(), fileName, upload.contentType())
                    .orElseThrow(() -> ProblemException.of(new Problem(Problem.TYPE_PREFIX + "unsupported-file-type",
                            "Unsupported Media Type", 415,
                            "Chỉ nhận tệp .csv (UTF-8) hoặc .xlsx; hãy dùng tệp mẫu hoặc lưu lại đúng định dạng.",
                            null)));
            // The upload is deleted when the request ends; the import goes on after that.
            Path file = Files.createTempFile("lgtq-import-", "." + format.extension);
            try {
                Files.move(upload.uploadedFile(), file, StandardCopyOption.REPLACE_EXISTING);
                HouseholdImport job = QuarkusTransaction.requiringNew().call(() -> create(hamlet, fileName));
                importer.submit(new HouseholdImporter.Request(job.id, hamlet.id, hamlet.code, file, format,
                        fileName, caller.username(), String.join(",", caller.roles()), caller.unitCode()));
                return ImportJob.of(job);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The job, if the caller may see its hamlet. */
    public ImportJob get(UUID id) {
        HouseholdImport job = HouseholdImport.findById(id);
        if (job == null || !caller.canSee(job.hamletId)) {
            throw ProblemException.notFound("Không tìm thấy lần nhập tệp " + id + ".");
        }
        return ImportJob.of(job);
    }

    private HouseholdImport create(Unit hamlet, String fileName) {
        HouseholdImport job = new HouseholdImport();
        job.id = UUID.randomUUID();
        job.hamletId = hamlet.id;
        job.actor = caller.username();
        job.fileName = fileName;
        job.status = ImportStatus.QUEUED;
        job.createdAt = OffsetDateTime.now();
        job.persist();
        return job;
    }

    /** The name without any folder part a browser may send, at most 300 characters. */
    private static String fileName(String name) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        base = base.isBlank() ? "tep-tai-len" : base.strip();
        return base.length() > 300 ? base.substring(base.length() - 300) : base;
    }
}
