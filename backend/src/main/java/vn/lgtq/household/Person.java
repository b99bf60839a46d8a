package vn.lgtq.household;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "household_id")
    public Household household;

    public int position;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(name = "birth_year")
    public Integer birthYear;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    @Enumerated(EnumType.STRING)
    public Relation relation;

    /** 12-digit citizen identity number (CCCD); personal data. */
    @Column(name = "citizen_id", columnDefinition = "bpchar")
    public String citizenId;
}
