package io.rasmi.account.posture;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.rasmi.events.AccountStatus;
import io.rasmi.events.ReviewKind;

/**
 * Everything the guideline's checks look at for one account, gathered once so that every control is a pure
 * function of these facts and the time. Null means "never recorded"; a review kind missing from
 * {@code reviewDueAt} was never reviewed. Built with {@link #builder()} (the record has too many fields to read
 * a positional call), and copied with one change by {@link #toBuilder()}.
 */
public record AccountFacts(
        // The account
        UUID accountId,
        String entityCode,
        AccountStatus status,
        // The entity
        String entityNameAr,
        String entityNameEn,
        // The entity's official names and the names its entity-admin registered (G6.d).
        List<String> entityNames,
        // Handle patterns the entity-admin registered, simple globs such as MOH_* (G6.d).
        List<String> entityHandlePatterns,
        String entityWebsiteUrl,
        Set<String> entityDomains,
        boolean entityHasUnitHead,
        // The account's own record
        String handle,
        String displayNameAr,
        String displayNameEn,
        String bio,
        String registrationEmail,
        String websiteLinkUrl,
        String needsStudyRef,
        String riskAnalysisRef,
        String objectives,
        Integer postsPerWeek,
        Instant decisionRecordedAt,
        // Who and what reaches it (role holders count only active members of the unit)
        int adminHolders,
        int publisherHolders,
        int moderatorHolders,
        List<HolderTraining> repliers,
        // G6.b: the binding is on an active PHONE of the entity's device register.
        boolean twoFactorOnGovernmentPhone,
        // G6.h2: the latest session of any device in the access history, up to the evaluation.
        Instant lastAccessSession,
        Instant lastUnknownDeviceSession,
        // Secrets, reviews, badges, attestations, impersonation
        Instant lastPasswordRotation,
        Instant passwordRotationDueAt,
        Map<ReviewKind, Instant> reviewDueAt,
        boolean verified,
        Set<String> attestedClauses,
        // G6.l: when each impersonation report still in REPORTED state was made.
        List<Instant> unhandledImpersonationReports) {

    /** A publisher or moderator of the account and the G7.6 training topics they still lack. */
    public record HolderTraining(UUID staffId, String fullName, List<String> missingTopics) {
    }

    public boolean isLive() {
        return status == AccountStatus.ACTIVE || status == AccountStatus.SUSPENDED
                || status == AccountStatus.COMPROMISED;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.accountId = accountId;
        builder.entityCode = entityCode;
        builder.status = status;
        builder.entityNameAr = entityNameAr;
        builder.entityNameEn = entityNameEn;
        builder.entityNames = entityNames;
        builder.entityHandlePatterns = entityHandlePatterns;
        builder.entityWebsiteUrl = entityWebsiteUrl;
        builder.entityDomains = entityDomains;
        builder.entityHasUnitHead = entityHasUnitHead;
        builder.handle = handle;
        builder.displayNameAr = displayNameAr;
        builder.displayNameEn = displayNameEn;
        builder.bio = bio;
        builder.registrationEmail = registrationEmail;
        builder.websiteLinkUrl = websiteLinkUrl;
        builder.needsStudyRef = needsStudyRef;
        builder.riskAnalysisRef = riskAnalysisRef;
        builder.objectives = objectives;
        builder.postsPerWeek = postsPerWeek;
        builder.decisionRecordedAt = decisionRecordedAt;
        builder.adminHolders = adminHolders;
        builder.publisherHolders = publisherHolders;
        builder.moderatorHolders = moderatorHolders;
        builder.repliers = repliers;
        builder.twoFactorOnGovernmentPhone = twoFactorOnGovernmentPhone;
        builder.lastAccessSession = lastAccessSession;
        builder.lastUnknownDeviceSession = lastUnknownDeviceSession;
        builder.lastPasswordRotation = lastPasswordRotation;
        builder.passwordRotationDueAt = passwordRotationDueAt;
        builder.reviewDueAt = reviewDueAt;
        builder.verified = verified;
        builder.attestedClauses = attestedClauses;
        builder.unhandledImpersonationReports = unhandledImpersonationReports;
        return builder;
    }

    /** Named setters for {@link AccountFacts}; collections left unset are empty. */
    public static final class Builder {
        private UUID accountId;
        private String entityCode;
        private AccountStatus status;
        private String entityNameAr;
        private String entityNameEn;
        private List<String> entityNames = List.of();
        private List<String> entityHandlePatterns = List.of();
        private String entityWebsiteUrl;
        private Set<String> entityDomains = Set.of();
        private boolean entityHasUnitHead;
        private String handle;
        private String displayNameAr;
        private String displayNameEn;
        private String bio;
        private String registrationEmail;
        private String websiteLinkUrl;
        private String needsStudyRef;
        private String riskAnalysisRef;
        private String objectives;
        private Integer postsPerWeek;
        private Instant decisionRecordedAt;
        private int adminHolders;
        private int publisherHolders;
        private int moderatorHolders;
        private List<HolderTraining> repliers = List.of();
        private boolean twoFactorOnGovernmentPhone;
        private Instant lastAccessSession;
        private Instant lastUnknownDeviceSession;
        private Instant lastPasswordRotation;
        private Instant passwordRotationDueAt;
        private Map<ReviewKind, Instant> reviewDueAt = Map.of();
        private boolean verified;
        private Set<String> attestedClauses = Set.of();
        private List<Instant> unhandledImpersonationReports = List.of();

        private Builder() {
        }

        public Builder accountId(UUID accountId) {
            this.accountId = accountId;
            return this;
        }

        public Builder entityCode(String entityCode) {
            this.entityCode = entityCode;
            return this;
        }

        public Builder status(AccountStatus status) {
            this.status = status;
            return this;
        }

        public Builder entityNameAr(String entityNameAr) {
            this.entityNameAr = entityNameAr;
            return this;
        }

        public Builder entityNameEn(String entityNameEn) {
            this.entityNameEn = entityNameEn;
            return this;
        }

        public Builder entityNames(List<String> entityNames) {
            this.entityNames = entityNames;
            return this;
        }

        public Builder entityHandlePatterns(List<String> entityHandlePatterns) {
            this.entityHandlePatterns = entityHandlePatterns;
            return this;
        }

        public Builder entityWebsiteUrl(String entityWebsiteUrl) {
            this.entityWebsiteUrl = entityWebsiteUrl;
            return this;
        }

        public Builder entityDomains(Set<String> entityDomains) {
            this.entityDomains = entityDomains;
            return this;
        }

        public Builder entityHasUnitHead(boolean entityHasUnitHead) {
            this.entityHasUnitHead = entityHasUnitHead;
            return this;
        }

        public Builder handle(String handle) {
            this.handle = handle;
            return this;
        }

        public Builder displayNameAr(String displayNameAr) {
            this.displayNameAr = displayNameAr;
            return this;
        }

        public Builder displayNameEn(String displayNameEn) {
            this.displayNameEn = displayNameEn;
            return this;
        }

        public Builder bio(String bio) {
            this.bio = bio;
            return this;
        }

        public Builder registrationEmail(String registrationEmail) {
            this.registrationEmail = registrationEmail;
            return this;
        }

        public Builder websiteLinkUrl(String websiteLinkUrl) {
            this.websiteLinkUrl = websiteLinkUrl;
            return this;
        }

        public Builder needsStudyRef(String needsStudyRef) {
            this.needsStudyRef = needsStudyRef;
            return this;
        }

        public Builder riskAnalysisRef(String riskAnalysisRef) {
            this.riskAnalysisRef = riskAnalysisRef;
            return this;
        }

        public Builder objectives(String objectives) {
            this.objectives = objectives;
            return this;
        }

        public Builder postsPerWeek(Integer postsPerWeek) {
            this.postsPerWeek = postsPerWeek;
            return this;
        }

        public Builder decisionRecordedAt(Instant decisionRecordedAt) {
            this.decisionRecordedAt = decisionRecordedAt;
            return this;
        }

        public Builder adminHolders(int adminHolders) {
            this.adminHolders = adminHolders;
            return this;
        }

        public Builder publisherHolders(int publisherHolders) {
            this.publisherHolders = publisherHolders;
            return this;
        }

        public Builder moderatorHolders(int moderatorHolders) {
            this.moderatorHolders = moderatorHolders;
            return this;
        }

        public Builder repliers(List<HolderTraining> repliers) {
            this.repliers = repliers;
            return this;
        }

        public Builder twoFactorOnGovernmentPhone(boolean twoFactorOnGovernmentPhone) {
            this.twoFactorOnGovernmentPhone = twoFactorOnGovernmentPhone;
            return this;
        }

        public Builder lastAccessSession(Instant lastAccessSession) {
            this.lastAccessSession = lastAccessSession;
            return this;
        }

        public Builder lastUnknownDeviceSession(Instant lastUnknownDeviceSession) {
            this.lastUnknownDeviceSession = lastUnknownDeviceSession;
            return this;
        }

        public Builder lastPasswordRotation(Instant lastPasswordRotation) {
            this.lastPasswordRotation = lastPasswordRotation;
            return this;
        }

        public Builder passwordRotationDueAt(Instant passwordRotationDueAt) {
            this.passwordRotationDueAt = passwordRotationDueAt;
            return this;
        }

        public Builder reviewDueAt(Map<ReviewKind, Instant> reviewDueAt) {
            this.reviewDueAt = reviewDueAt;
            return this;
        }

        public Builder verified(boolean verified) {
            this.verified = verified;
            return this;
        }

        public Builder attestedClauses(Set<String> attestedClauses) {
            this.attestedClauses = attestedClauses;
            return this;
        }

        public Builder unhandledImpersonationReports(List<Instant> unhandledImpersonationReports) {
            this.unhandledImpersonationReports = unhandledImpersonationReports;
            return this;
        }

        public AccountFacts build() {
            return new AccountFacts(accountId, entityCode, status, entityNameAr, entityNameEn, entityNames, entityHandlePatterns, entityWebsiteUrl, entityDomains, entityHasUnitHead, handle, displayNameAr, displayNameEn, bio, registrationEmail, websiteLinkUrl, needsStudyRef, riskAnalysisRef, objectives, postsPerWeek, decisionRecordedAt, adminHolders, publisherHolders, moderatorHolders, repliers, twoFactorOnGovernmentPhone, lastAccessSession, lastUnknownDeviceSession, lastPasswordRotation, passwordRotationDueAt, reviewDueAt, verified, attestedClauses, unhandledImpersonationReports);
        }
    }
}
