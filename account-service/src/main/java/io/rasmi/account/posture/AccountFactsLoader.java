package io.rasmi.account.posture;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.rasmi.account.devices.AccessLogService;
import io.rasmi.account.entities.GovernmentEntity;
import io.rasmi.account.lifecycle.AccessEvidence;
import io.rasmi.account.lifecycle.AccountDecision;
import io.rasmi.account.passwords.PasswordRotations;
import io.rasmi.account.passwords.RotationView;
import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.account.reviews.AccountAttestation;
import io.rasmi.account.reviews.AccountVerification;
import io.rasmi.account.reviews.Reviews;
import io.rasmi.account.keys.RoleHolderService;
import io.rasmi.account.keys.RoleHolderView;
import io.rasmi.account.unit.StaffMember;
import io.rasmi.account.unit.TrainingService;
import io.rasmi.account.unit.UnitRole;
import io.rasmi.events.AccountRole;
import io.rasmi.events.ReviewKind;

/** Gathers an account's {@link AccountFacts} from the records each part of account-service keeps. */
@ApplicationScoped
public class AccountFactsLoader {

    @Inject
    AccessEvidence accessEvidence;

    @Inject
    RoleHolderService roleHolders;

    @Inject
    TrainingService trainings;

    @Inject
    AccessLogService accessLog;

    @Inject
    PasswordRotations passwordRotations;

    @Inject
    Reviews reviews;

    @Inject
    PostureConfig config;

    /** Must run inside a transaction; the account must exist. */
    AccountFacts load(OfficialAccount account, Instant asOf) {
        GovernmentEntity entity = GovernmentEntity.findByCode(account.entityCode).orElseThrow();
        boolean hasHead = StaffMember.count("entityCode = ?1 and active = true and unitRole = ?2", entity.code,
                UnitRole.HEAD) > 0;

        List<RoleHolderView> holders = roleHolders.currentHolders(account.id);
        int admins = (int) holders.stream().filter(holder -> holder.role() == AccountRole.ADMIN).count();
        List<AccountFacts.HolderTraining> repliers = holders.stream()
                .filter(holder -> holder.role() == AccountRole.PUBLISHER || holder.role() == AccountRole.MODERATOR)
                .map(holder -> holder.staffId())
                .distinct()
                .map(staffId -> new AccountFacts.HolderTraining(staffId, staffName(holders, staffId),
                        trainings.missingInteractionTopics(staffId, asOf).stream().map(Enum::name).sorted()
                                .toList()))
                .toList();

        RotationView rotation = passwordRotations.latest(account.id).orElse(null);
        Map<ReviewKind, Instant> reviewDueAt = new EnumMap<>(ReviewKind.class);
        for (ReviewKind kind : ReviewKind.values()) {
            Instant due = reviews.due(account.id, kind, asOf).dueAt();
            if (due != null) {
                reviewDueAt.put(kind, due);
            }
        }
        AccountVerification verification = AccountVerification.findById(account.id);
        Set<String> attested = new TreeSet<>();
        for (String clause : AccountAttestation.ATTESTABLE_CLAUSES) {
            AccountAttestation.latest(account.id, clause).ifPresent(found -> attested.add(clause));
        }
        AccountDecision decision = AccountDecision.findById(account.id);

        return new AccountFacts(account.id, entity.code, account.status,
                entity.nameAr, entity.nameEn, entity.websiteUrl, Set.copyOf(entity.emailDomains), hasHead,
                account.handle, account.displayNameAr, account.displayNameEn, account.bio, account.registrationEmail,
                account.websiteLinkUrl, account.needsStudyRef, account.riskAnalysisRef,
                decision == null ? null : decision.recordedAt,
                admins, repliers, accessEvidence.twoFactorOnGovernmentDevice(account.id),
                accessLog.lastUnknownDeviceSession(account.id, (int) config.unknownDeviceWindow().toDays(), asOf)
                        .orElse(null),
                rotation == null ? null : rotation.rotatedAt(), rotation == null ? null : rotation.nextDueAt(),
                reviewDueAt, verification != null && verification.verified, attested);
    }

    private static String staffName(List<RoleHolderView> holders, java.util.UUID staffId) {
        return holders.stream().filter(holder -> holder.staffId().equals(staffId)).map(RoleHolderView::staffName)
                .findFirst().orElse(staffId.toString());
    }
}
