package io.rasmi.account.impersonation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.rasmi.events.Platform;
import io.rasmi.platform.problem.ProblemException;

/** A report that an account impersonates the entity, and how the platform dealt with it (G6.l, G4.3.i). */
@Entity
@Table(name = "impersonation_report")
public class ImpersonationReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "entity_code", nullable = false)
    public String entityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Platform platform;

    /** The impersonating account's handle as reported, without a leading {@code @}. */
    @Column(nullable = false)
    public String handle;

    @Column(name = "handle_key", nullable = false)
    public String handleKey;

    @Column(name = "profile_url")
    public String profileUrl;

    /** The entity's own official account that is impersonated, if one is. */
    @Column(name = "impersonated_account_id")
    public UUID impersonatedAccountId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "impersonation_evidence", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    public List<String> evidenceUrls = new ArrayList<>();

    public String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImpersonationStatus status;

    /** The platform's reference for the takedown request, once submitted. */
    @Column(name = "platform_case_ref")
    public String platformCaseRef;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /**
     * Moves the report on: to SUBMITTED_TO_PLATFORM with the platform's case reference, then to REMOVED or
     * REJECTED. Any other move answers 409.
     */
    public void moveTo(ImpersonationStatus to, String caseRef, Instant at) {
        if (!status.next().contains(to)) {
            throw ProblemException.conflict("impersonation.transition-not-allowed", status, to);
        }
        if (to == ImpersonationStatus.SUBMITTED_TO_PLATFORM) {
            if (caseRef == null || caseRef.isBlank()) {
                throw ProblemException.invalidField("platformCaseRef", "impersonation.case-ref-required");
            }
            platformCaseRef = caseRef.strip();
            submittedAt = at;
        } else {
            resolvedAt = at;
        }
        status = to;
        updatedAt = at;
    }

    public static Optional<ImpersonationReport> findForEntity(UUID id, String entityCode) {
        return find("id = ?1 and entityCode = ?2", id, entityCode).firstResultOptional();
    }

    public static boolean openReportExists(String entityCode, Platform platform, String handleKey) {
        return count("entityCode = ?1 and platform = ?2 and handleKey = ?3 and status in ?4", entityCode, platform,
                handleKey, List.of(ImpersonationStatus.REPORTED, ImpersonationStatus.SUBMITTED_TO_PLATFORM)) > 0;
    }

    public static PanacheQuery<ImpersonationReport> ofEntity(String entityCode, ImpersonationStatus status) {
        return status == null
                ? find("entityCode = ?1 order by reportedAt desc, id", entityCode)
                : find("entityCode = ?1 and status = ?2 order by reportedAt desc, id", entityCode, status);
    }
}
