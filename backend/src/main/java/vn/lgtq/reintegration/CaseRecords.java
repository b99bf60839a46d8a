package vn.lgtq.reintegration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What hangs off a case: contacts, status changes and break-glass grants (helpers are plain rows, see the service). */
public final class CaseRecords {
    private CaseRecords() {
    }

    @Entity
    @Table(name = "reintegration_contact")
    public static class Contact extends PanacheEntityBase {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;

        @Column(name = "case_id")
        public Long caseId;

        @Column(name = "contacted_on")
        public LocalDate contactedOn;

        @Enumerated(EnumType.STRING)
        public ContactMethod method;

        @Enumerated(EnumType.STRING)
        public ContactResult result;

        @Column(name = "notes_ciphertext")
        public byte[] notesCiphertext;

        @Column(name = "recorded_by")
        public String recordedBy;

        @Column(name = "recorded_at")
        public OffsetDateTime recordedAt;
    }

    @Entity
    @Table(name = "reintegration_status_event")
    public static class StatusEvent extends PanacheEntityBase {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;

        @Column(name = "case_id")
        public Long caseId;

        @Enumerated(EnumType.STRING)
        public ReintegrationStatus status;

        @Column(name = "on_date")
        public LocalDate on;

        @Column(name = "note_ciphertext")
        public byte[] noteCiphertext;

        public String actor;

        @Column(name = "from_commune_id")
        public Long fromCommuneId;

        @Column(name = "to_commune_id")
        public Long toCommuneId;

        public OffsetDateTime at;
    }

    @Entity
    @Table(name = "reintegration_break_glass")
    public static class BreakGlass extends PanacheEntityBase {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;

        @Column(name = "case_id")
        public Long caseId;

        public String username;

        public String reason;

        @Column(name = "granted_at")
        public OffsetDateTime grantedAt;

        @Column(name = "expires_at")
        public OffsetDateTime expiresAt;
    }
}
