package vn.lgtq.fund;

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

/** One line of a group's voluntary fund, in Vietnamese đồng. */
@Entity
@Table(name = "fund_entry")
public class FundEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "group_id")
    public Long groupId;

    @Enumerated(EnumType.STRING)
    public FundKind kind;

    @Column(name = "entry_on")
    public LocalDate entryOn;

    /** Đồng; equipment given without a stated value is support at 0. */
    public long amount;

    public String description;

    /** Who gave the support or contribution, when it is worth noting. */
    public String source;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
