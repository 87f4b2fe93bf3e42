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
 * {@code reviewDueAt} was never reviewed.
 */
public record AccountFacts(
        UUID accountId,
        String entityCode,
        AccountStatus status,
        // The entity
        String entityNameAr,
        String entityNameEn,
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
        Instant decisionRecordedAt,
        // Who and what reaches it
        int adminHolders,
        List<HolderTraining> repliers,
        boolean twoFactorOnGovernmentDevice,
        Instant lastUnknownDeviceSession,
        // Secrets, reviews, badges, attestations
        Instant lastPasswordRotation,
        Instant passwordRotationDueAt,
        Map<ReviewKind, Instant> reviewDueAt,
        boolean verified,
        Set<String> attestedClauses) {

    /** A publisher or moderator of the account and the G7.6 training topics they still lack. */
    public record HolderTraining(UUID staffId, String fullName, List<String> missingTopics) {
    }

    public boolean isLive() {
        return status == AccountStatus.ACTIVE || status == AccountStatus.SUSPENDED
                || status == AccountStatus.COMPROMISED;
    }
}
