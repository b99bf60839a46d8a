package vn.lgtq.tip;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One change of a tip or one message with the citizen; public events are shown to the holder of the code. */
@Entity
@Table(name = "tip_event")
public class TipEvent extends PanacheEntityBase {
    public enum Kind { FILED, STATUS, ASSIGNED, FORWARDED, RESULT, QUESTION, REPORTER_MESSAGE, PHOTO }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tip_id")
    public Long tipId;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    /** Username; null for the citizen holding the tracking code. */
    public String actor;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public TipStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public TipStatus toStatus;

    public String comment;

    @Column(name = "public")
    public boolean shownToCitizen;

    public static TipEvent of(Tip tip, String actor, Kind kind, String comment, boolean shownToCitizen) {
        TipEvent event = new TipEvent();
        event.tipId = tip.id;
        event.occurredAt = OffsetDateTime.now();
        event.actor = actor;
        event.kind = kind;
        event.comment = comment;
        event.shownToCitizen = shownToCitizen;
        return event;
    }
}
