package vn.lgtq.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Whether a household was recognised as a cultural family (gia đình văn hóa) in a year, decided by its hamlet. */
@Entity
@Table(name = "household_cultural_rating")
public class CulturalRating extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "household_id")
    public Long householdId;

    /** The hamlet that rated it, kept if the household moves later. */
    @Column(name = "hamlet_id")
    public Long hamletId;

    @Column(name = "rating_year")
    public int ratingYear;

    public boolean cultural;

    @Column(name = "rated_by")
    public String ratedBy;

    @Column(name = "rated_at")
    public OffsetDateTime ratedAt;
}
