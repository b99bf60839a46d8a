package vn.lgtq.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A patrol of a hamlet, usually with the commune police, possibly by one group. */
@Entity
@Table(name = "patrol")
public class Patrol extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "hamlet_id")
    public Long hamletId;

    @Column(name = "group_id")
    public Long groupId;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    public String participants;

    public String area;

    public String observations;

    /** A tip the patrol led to. */
    @Column(name = "tip_id")
    public Long tipId;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
