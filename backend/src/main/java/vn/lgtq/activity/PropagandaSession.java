package vn.lgtq.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Spreading the law in a hamlet (tuyên truyền): at a meeting, over the loudspeakers, door to door. */
@Entity
@Table(name = "propaganda_session")
public class PropagandaSession extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "hamlet_id")
    public Long hamletId;

    @Column(name = "group_id")
    public Long groupId;

    @Column(name = "held_on")
    public LocalDate heldOn;

    public String topic;

    @Enumerated(EnumType.STRING)
    public PropagandaChannel channel;

    /** People reached, when known. */
    public Integer audience;

    public String notes;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
