package io.rasmi.account.registry;

import java.time.Instant;
import java.util.Locale;
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
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.Platform;

/** An official account of a government entity on one platform. Accounts are never deleted, only archived. */
@Entity
@Table(name = "official_account")
public class OfficialAccount extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "entity_code", nullable = false)
    public String entityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Platform platform;

    /** The handle as the entity writes it, without a leading {@code @}. */
    @Column(nullable = false)
    public String handle;

    /** The handle as platforms compare it: lower case. One platform and key is one account. */
    @Column(name = "handle_key", nullable = false)
    public String handleKey;

    @Column(name = "profile_url")
    public String profileUrl;

    @Column(name = "display_name_ar", nullable = false)
    public String displayNameAr;

    @Column(name = "display_name_en")
    public String displayNameEn;

    @Column(name = "registration_email", nullable = false)
    public String registrationEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static String handleKey(String handle) {
        return handle.toLowerCase(Locale.ROOT);
    }

    public static Optional<OfficialAccount> findForEntity(UUID id, String entityCode) {
        return find("id = ?1 and entityCode = ?2", id, entityCode).firstResultOptional();
    }

    public static boolean handleTaken(Platform platform, String handle) {
        return count("platform = ?1 and handleKey = ?2", platform, handleKey(handle)) > 0;
    }

    public static PanacheQuery<OfficialAccount> ofEntity(String entityCode) {
        return find("entityCode = ?1 order by createdAt, id", entityCode);
    }
}
