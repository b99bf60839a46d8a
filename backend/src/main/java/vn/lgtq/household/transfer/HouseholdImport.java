package vn.lgtq.household.transfer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One uploaded household file: its progress and validation report. The worker updates it with plain SQL. */
@Entity
@Table(name = "household_import")
public class HouseholdImport extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "hamlet_id")
    public Long hamletId;

    /** Username of who uploaded the file. */
    public String actor;

    @Column(name = "file_name")
    public String fileName;

    @Enumerated(EnumType.STRING)
    public ImportStatus status;

    @Column(name = "total_rows")
    public int totalRows;

    @Column(name = "processed_rows")
    public int processedRows;

    @Column(name = "households_created")
    public int householdsCreated;

    @Column(name = "households_updated")
    public int householdsUpdated;

    @Column(name = "people_imported")
    public int peopleImported;

    @Column(name = "error_count")
    public int errorCount;

    /** The first problems of a rejected file (at most {@link HouseholdImporter#LISTED_ERRORS}). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ImportError> errors = new ArrayList<>();

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
