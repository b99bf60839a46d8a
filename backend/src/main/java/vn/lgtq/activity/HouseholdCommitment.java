package vn.lgtq.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A household's signed commitment to stay away from social evils (cam kết), one per year. */
@Entity
@Table(name = "household_commitment")
public class HouseholdCommitment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "household_id")
    public Long householdId;

    @Column(name = "commitment_year")
    public int commitmentYear;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
