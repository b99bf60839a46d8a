package vn.lgtq.keyarea;

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

/** A key complex area for security and order (địa bàn trọng điểm, phức tạp về ANTT) of a commune or hamlet. */
@Entity
@Table(name = "key_area")
public class KeyArea extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** A commune or a hamlet. */
    @Column(name = "unit_id")
    public Long unitId;

    public String name;

    public String problem;

    @Column(name = "listed_on")
    public LocalDate listedOn;

    /** The day it was declared transformed (chuyển hóa); null while it is still a key area. */
    @Column(name = "transformed_on")
    public LocalDate transformedOn;

    public String note;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Version
    public long version;
}
