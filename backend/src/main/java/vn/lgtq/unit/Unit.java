package vn.lgtq.unit;

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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String name;

    @Column(name = "search_name")
    public String searchName;

    @Enumerated(EnumType.STRING)
    public UnitLevel level;

    @Enumerated(EnumType.STRING)
    public UnitType type;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "former_district_id")
    public Long formerDistrictId;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public boolean demo;

    @Version
    public long version;

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT) // one query for the predecessors of a whole page of units
    @CollectionTable(name = "unit_predecessor", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "predecessor_id")
    public Set<Long> predecessorIds = new LinkedHashSet<>();

    /** The names of these units, by id: one query for a whole page of rows that refer to units. */
    public static Map<Long, String> namesOf(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : Unit.<Unit>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(u -> u.id, u -> u.name));
    }

    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
    }

    @PrePersist
    @PreUpdate
    void foldName() {
        searchName = SearchText.fold(name);
    }
}
