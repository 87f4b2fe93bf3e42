package io.rasmi.directory;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.Platform;

/**
 * An official account as this service learnt it from account-service's state topic and events; account-service owns
 * the truth.
 */
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

    /** Whether the platform's verified badge is recorded (G6.k); known from the state topic. */
    @Column(nullable = false)
    public boolean verified;

    /** The posting plan (G5.4), if any; known from the state topic. */
    @Column(name = "posts_per_week")
    public Integer postsPerWeek;

    @Column(name = "posting_note")
    public String postingNote;

    /** Who holds a role on the account now (G6.a); known from the state topic. */
    @ElementCollection(fetch = FetchType.EAGER) // a handful per account, and every view shows them
    @CollectionTable(name = "known_account_role_holder", joinColumns = @JoinColumn(name = "account_id"))
    public Set<KnownRoleHolder> roleHolders = new HashSet<>();

    /**
     * Time of the newest change applied, from either topic; an older event or state arriving late does not undo
     * the registered details and status of a newer one.
     */
    @Column(name = "last_event_at", nullable = false)
    public Instant lastEventAt;

    /**
     * When account-service registered the account; from the registered event or the state. Null while only an
     * older state (written before it was carried) or a status change is known.
     */
    @Column(name = "registered_at")
    public Instant registeredAt;

    /** The highest state version applied; null while the account is known from its events only. */
    @Column(name = "state_version")
    public Integer stateVersion;

    @Version
    public long version;

    public static Optional<KnownAccount> findForEntity(UUID id, String entity) {
        return find("id = ?1 and entity = ?2", id, entity).firstResultOptional();
    }

    /** Whether a state of {@code version} is older than (or the same as) the one applied. */
    public boolean hasStateAtLeast(int version) {
        return stateVersion != null && stateVersion >= version;
    }

    public boolean isNewerThan(Instant eventTime) {
        return lastEventAt != null && lastEventAt.isAfter(eventTime);
    }
}
