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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.AccountUpdated;
import io.rasmi.events.Platform;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.text.TextNormalizer;

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

    /** What the account is for (G5.4). */
    public String objectives;

    /** The plan for regular posting (G5.4): how many posts a week, and on what. */
    @Column(name = "posts_per_week")
    public Integer postsPerWeek;

    @Column(name = "platforms_note")
    public String platformsNote;

    /** Reference of the study that proves the need for the account (G5.3). */
    @Column(name = "needs_study_ref")
    public String needsStudyRef;

    /** Reference of the account's security risk analysis (G5.6). */
    @Column(name = "risk_analysis_ref")
    public String riskAnalysisRef;

    /** The page of the entity's website that links to the account (G3.2); on the website's host. */
    @Column(name = "website_link_url")
    public String websiteLinkUrl;

    /** The profile text the account shows on the platform. */
    public String bio;

    /** Changed only through the lifecycle's transitions ({@code io.rasmi.account.lifecycle.Transition}). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountStatus status;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    /** When the account last became COMPROMISED; kept after recovery, for the record. */
    @Column(name = "compromised_at")
    public Instant compromisedAt;

    @Column(name = "first_activated_at")
    public Instant firstActivatedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Handle and display names as the list's text query compares them; kept by {@link #refreshSearchText()}. */
    @Column(name = "search_text")
    public String searchText;

    /** Every write of the account refreshes its search text, whichever use case changed the names. */
    @PrePersist
    @PreUpdate
    void refreshSearchText() {
        searchText = searchTextOf(handle, displayNameAr, displayNameEn);
    }

    /** The normalised words a text query is matched against: handle, Arabic and English display names. */
    public static String searchTextOf(String handle, String displayNameAr, String displayNameEn) {
        return String.join(" ", TextNormalizer.normalize(handle), TextNormalizer.normalize(displayNameAr),
                TextNormalizer.normalize(displayNameEn)).strip();
    }

    /** Records a status change the lifecycle allowed, with the facts later rules depend on. */
    public void changeStatus(AccountStatus to, Instant at) {
        status = to;
        statusChangedAt = at;
        updatedAt = at;
        if (to == AccountStatus.COMPROMISED) {
            compromisedAt = at;
        }
        if (to == AccountStatus.ACTIVE && firstActivatedAt == null) {
            firstActivatedAt = at;
        }
    }

    /** An archived account stays in the register as a record of what was; nothing about it changes any more. */
    public void requireNotArchived() {
        if (status == AccountStatus.ARCHIVED) {
            throw ProblemException.conflict("account.archived");
        }
    }

    /** The whole account as {@code io.rasmi.account.updated.v1} carries it. */
    public AccountUpdated updatedSnapshot(Instant at) {
        return new AccountUpdated(id, entityCode, platform, handle, profileUrl, displayNameAr, displayNameEn, status, at);
    }

    public static String handleKey(String handle) {
        return handle.toLowerCase(Locale.ROOT);
    }

    public static Optional<OfficialAccount> findForEntity(UUID id, String entityCode) {
        return find("id = ?1 and entityCode = ?2", id, entityCode).firstResultOptional();
    }

    /** The entity's account with this id; another entity's account answers 404, as if it did not exist. */
    public static OfficialAccount requireForEntity(UUID id, String entityCode) {
        return findForEntity(id, entityCode).orElseThrow(() -> ProblemException.notFound("account.not-found"));
    }

    public static boolean handleTaken(Platform platform, String handle) {
        return count("platform = ?1 and handleKey = ?2", platform, handleKey(handle)) > 0;
    }

    public static PanacheQuery<OfficialAccount> ofEntity(String entityCode) {
        return find("entityCode = ?1 order by createdAt, id", entityCode);
    }
}
