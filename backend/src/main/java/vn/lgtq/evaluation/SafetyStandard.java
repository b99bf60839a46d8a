package vn.lgtq.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A commune's security-and-order safety standard for a year: met or not, as decided on a date. */
@Entity
@Table(name = "commune_safety_standard")
public class SafetyStandard extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "commune_id")
    public Long communeId;

    @Column(name = "assessment_year")
    public int assessmentYear;

    public boolean met;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decision_ref")
    public String decisionRef;

    public String note;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Version
    public long version;
}
