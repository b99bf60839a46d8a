package vn.lgtq.recognition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Recognition (khen thưởng) of an exemplary group, or of a named person of a unit. */
@Entity
@Table(name = "recognition")
public class Recognition extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_id")
    public Long unitId;

    @Column(name = "group_id")
    public Long groupId;

    @Column(name = "person_name")
    public String personName;

    @Column(name = "recognition_year")
    public int recognitionYear;

    @Enumerated(EnumType.STRING)
    public RecognitionLevel level;

    public String reason;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
