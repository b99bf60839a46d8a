package vn.lgtq.tip;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

@Entity
@Table(name = "tip")
public class Tip extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "hamlet_id")
    public Long hamletId;

    @Column(name = "primary_unit_id")
    public Long primaryUnitId;

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "tip_copy", joinColumns = @JoinColumn(name = "tip_id"))
    @Column(name = "unit_id")
    public Set<Long> copyUnitIds = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    public TipCategory category;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @Column(name = "location_text")
    public String locationText;

    public BigDecimal latitude;
    public BigDecimal longitude;
    public String description;

    @Enumerated(EnumType.STRING)
    public TipSource source;

    @Column(name = "reporter_username")
    public String reporterUsername;

    /** AES-GCM ciphertext of the informant's name and contact; see {@link InformantCipher}. */
    @Column(name = "informant_ciphertext")
    public byte[] informantCiphertext;

    @Column(name = "tracking_code_hash")
    public byte[] trackingCodeHash;

    @Enumerated(EnumType.STRING)
    public TipStatus status;

    @Enumerated(EnumType.STRING)
    public TipOutcome outcome;

    @Column(name = "duplicate_of_id")
    public Long duplicateOfId;

    public String assignee;

    @Column(name = "arrests_or_cases")
    public int arrestsOrCases;

    @Column(name = "property_recovered")
    public String propertyRecovered;

    @Column(name = "handed_to_agency")
    public String handedToAgency;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "triaged_at")
    public OffsetDateTime triagedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Version
    public long version;
}
