package vn.lgtq.household;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import vn.lgtq.unit.SearchText;

@Entity
@Table(name = "household")
public class Household extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "hamlet_id")
    public Long hamletId;

    public String code;

    @Column(name = "head_name")
    public String headName;

    public String address;

    /** Normalised Vietnamese number (0xxxxxxxxx); personal data. */
    public String phone;

    @Column(name = "search_text")
    public String searchText;

    @Version
    public long version;

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Person> people = new ArrayList<>();

    @PrePersist
    @PreUpdate
    void refreshDerived() {
        people.stream().filter(p -> p.relation == Relation.HEAD).findFirst().ifPresent(head -> headName = head.fullName);
        searchText = SearchText.fold(String.join(" ", code, headName == null ? "" : headName,
                address == null ? "" : address));
    }
}
