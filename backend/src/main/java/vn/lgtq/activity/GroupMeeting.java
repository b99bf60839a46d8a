package vn.lgtq.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** A group's meeting (họp nhóm), held every two months, with the households that attended. */
@Entity
@Table(name = "group_meeting")
public class GroupMeeting extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "group_id")
    public Long groupId;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT) // one query for the attendance of a whole page of meetings
    @CollectionTable(name = "group_meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "household_id")
    public Set<Long> attendingHouseholdIds = new LinkedHashSet<>();

    public String topics;

    public String decisions;

    @Column(name = "member_households")
    public int memberHouseholds;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
