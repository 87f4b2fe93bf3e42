package io.rasmi.directory;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.Platform;

/** An official account as this service learnt it from account-service's events; account-service owns the truth. */
@Entity
@Table(name = "known_account")
public class KnownAccount extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String entity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Platform platform;

    @Column(nullable = false)
    public String handle;

    @Column(name = "profile_url")
    public String profileUrl;

    @Column(name = "display_name_ar", nullable = false)
    public String displayNameAr;

    @Column(name = "display_name_en")
    public String displayNameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountStatus status;

    /** Time of the newest event applied; an older event arriving late does not undo a newer one. */
    @Column(name = "last_event_at", nullable = false)
    public Instant lastEventAt;

    @Version
    public long version;

    public static Optional<KnownAccount> findForEntity(UUID id, String entity) {
        return find("id = ?1 and entity = ?2", id, entity).firstResultOptional();
    }

    public boolean isNewerThan(Instant eventTime) {
        return lastEventAt != null && lastEventAt.isAfter(eventTime);
    }
}
