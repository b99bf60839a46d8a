package vn.lgtq.mediation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A household of the hamlet (or one of its people), or an outsider; the name as it was when recorded. */
@Entity
@Table(name = "mediation_party")
public class CaseParty extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    public MediationCase mediationCase;

    public int position;

    @Column(name = "household_id")
    public Long householdId;

    @Column(name = "person_id")
    public Long personId;

    public String name;

    /** Personal data: only for callers who see it. */
    @Column(name = "outsider_address")
    public String outsiderAddress;

    public boolean outsider() {
        return householdId == null;
    }
}
