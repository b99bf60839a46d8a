package vn.lgtq.reintegration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

@Entity
@Table(name = "reintegration_case")
public class ReintegrationCase extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "commune_id")
    public Long communeId;

    @Column(name = "hamlet_id")
    public Long hamletId;

    @Column(name = "group_id")
    public Long groupId;

    @Column(name = "person_id")
    public Long personId;

    @Column(name = "identity_ciphertext")
    public byte[] identityCiphertext;

    @Column(name = "citizen_id_hash")
    public byte[] citizenIdHash;

    @Column(name = "history_ciphertext")
    public byte[] historyCiphertext;

    @Enumerated(EnumType.STRING)
    public ReintegrationCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_level")
    public SupportLevel supportLevel;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "planned_end_on")
    public LocalDate plannedEndOn;

    @Column(name = "responsible_officer")
    public String responsibleOfficer;

    @Column(name = "plan_json")
    public String planJson;

    @Enumerated(EnumType.STRING)
    public ReintegrationStatus status;

    @Column(name = "status_since")
    public LocalDate statusSince;

    @Column(name = "last_contact_on")
    public LocalDate lastContactOn;

    @Column(name = "next_contact_due")
    public LocalDate nextContactDue;

    @Version
    public long version;

    /** The next contact falls one interval of the support level after the last contact, or after the start. */
    void reschedule(ReintegrationConfig config) {
        LocalDate from = lastContactOn == null ? startedOn : lastContactOn;
        nextContactDue = from.plusDays(supportLevel.contactDays(config));
    }
}
