package vn.lgtq.group;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.lgtq.unit.SearchText;

/** A self-managed group of neighbouring households (Nhóm LGTQ) of one hamlet. */
@Entity
@Table(name = "lgtq_group")
public class Group extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "hamlet_id")
    public Long hamletId;

    public int number;

    public String name;

    @Column(name = "search_name")
    public String searchName;

    @Column(name = "founded_on")
    public LocalDate foundedOn;

    @Enumerated(EnumType.STRING)
    public GroupStatus status;

    @Column(name = "leader_person_id")
    public Long leaderPersonId;

    @Column(name = "deputy_person_id")
    public Long deputyPersonId;

    @Column(name = "leader_account")
    public String leaderAccount;

    public String notes;

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void foldName() {
        searchName = SearchText.fold(name);
    }
}
