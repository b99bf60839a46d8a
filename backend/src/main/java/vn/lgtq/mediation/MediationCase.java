package vn.lgtq.mediation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A dispute between neighbours that a group mediates, from receiving it to its outcome. */
@Entity
@Table(name = "mediation_case")
public class MediationCase extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "hamlet_id")
    public Long hamletId;

    @Column(name = "group_id")
    public Long groupId;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    public MediationIntake intake;

    @Enumerated(EnumType.STRING)
    @Column(name = "dispute_type")
    public DisputeType disputeType;

    public String description;

    @Enumerated(EnumType.STRING)
    public MediationStatus status;

    @Enumerated(EnumType.STRING)
    public MediationOutcome outcome;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    public String agreement;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalated_to")
    public EscalationTarget escalatedTo;

    @Column(name = "outcome_note")
    public String outcomeNote;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "mediationCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CaseParty> parties = new ArrayList<>();

    @OneToMany(mappedBy = "mediationCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CaseMediator> mediators = new ArrayList<>();

    @OneToMany(mappedBy = "mediationCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("heldOn, id")
    public List<CaseSession> sessions = new ArrayList<>();
}
