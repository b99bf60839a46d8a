package vn.lgtq.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A group's rating for a year on the configured scale; the rank (1 = best) is kept with the label. */
@Entity
@Table(name = "group_rating")
public class GroupRating extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "group_id")
    public Long groupId;

    @Column(name = "rating_year")
    public int ratingYear;

    public String rating;

    @Column(name = "rating_rank")
    public short ratingRank;

    /** GroupCriterion names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "criteria_met")
    public List<String> criteriaMet = new ArrayList<>();

    public String note;

    @Column(name = "rated_by")
    public String ratedBy;

    @Column(name = "rated_at")
    public OffsetDateTime ratedAt;

    @Version
    public long version;
}
