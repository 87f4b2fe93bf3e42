package io.rasmi.account.posture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.rasmi.account.devices.AccessLogService;
import io.rasmi.account.devices.AccessSession;
import io.rasmi.account.devices.DeviceKind;
import io.rasmi.account.devices.GovernmentDevice;
import io.rasmi.account.devices.TwoFactorBinding;
import io.rasmi.account.entities.EntityNames;
import io.rasmi.account.entities.GovernmentEntity;
import io.rasmi.account.impersonation.ImpersonationReport;
import io.rasmi.account.impersonation.ImpersonationStatus;
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
        EntityNames names = EntityNames.findById(entity.code);
        List<String> entityNames = new ArrayList<>(List.of(entity.nameAr, entity.nameEn));
        if (names != null) {
            entityNames.addAll(names.names);
        }

        // G6.a and G7.6 count holders who are still active members of the unit.
        List<RoleHolderView> holders = activeMembers(roleHolders.currentHolders(account.id));
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

        return AccountFacts.builder()
                .accountId(account.id).entityCode(entity.code).status(account.status)
                .entityNameAr(entity.nameAr).entityNameEn(entity.nameEn).entityNames(List.copyOf(entityNames))
                .entityHandlePatterns(names == null ? List.of() : List.copyOf(names.handlePatterns))
                .entityWebsiteUrl(entity.websiteUrl).entityDomains(Set.copyOf(entity.emailDomains))
                .entityHasUnitHead(hasHead)
                .handle(account.handle).displayNameAr(account.displayNameAr).displayNameEn(account.displayNameEn)
                .bio(account.bio).registrationEmail(account.registrationEmail)
                .websiteLinkUrl(account.websiteLinkUrl).needsStudyRef(account.needsStudyRef)
                .riskAnalysisRef(account.riskAnalysisRef).objectives(account.objectives)
                .postsPerWeek(account.postsPerWeek)
                .decisionRecordedAt(decision == null ? null : decision.recordedAt)
                .adminHolders(holdersOf(holders, AccountRole.ADMIN))
                .publisherHolders(holdersOf(holders, AccountRole.PUBLISHER))
                .moderatorHolders(holdersOf(holders, AccountRole.MODERATOR))
                .repliers(repliers)
                .twoFactorOnGovernmentPhone(twoFactorOnGovernmentPhone(account))
                .lastAccessSession(lastSession(account, asOf))
                .lastUnknownDeviceSession(accessLog
                        .lastUnknownDeviceSession(account.id, (int) config.unknownDeviceWindow().toDays(), asOf)
                        .orElse(null))
                .lastPasswordRotation(rotation == null ? null : rotation.rotatedAt())
                .passwordRotationDueAt(rotation == null ? null : rotation.nextDueAt())
                .reviewDueAt(reviewDueAt)
                .verified(verification != null && verification.verified)
                .attestedClauses(attested)
                .unhandledImpersonationReports(unhandledImpersonationReports(account))
                .build();
    }

    private static List<RoleHolderView> activeMembers(List<RoleHolderView> holders) {
        if (holders.isEmpty()) {
            return holders;
        }
        Set<UUID> active = StaffMember.<StaffMember> list("id in ?1 and active = true",
                holders.stream().map(RoleHolderView::staffId).distinct().toList())
                .stream().map(member -> member.id).collect(Collectors.toSet());
        return holders.stream().filter(holder -> active.contains(holder.staffId())).toList();
    }

    private static int holdersOf(List<RoleHolderView> holders, AccountRole role) {
        return (int) holders.stream().filter(holder -> holder.role() == role).map(RoleHolderView::staffId).distinct()
                .count();
    }

    /** G6.b: the second factor goes to an active phone of the account's own entity, not any registered device. */
    private static boolean twoFactorOnGovernmentPhone(OfficialAccount account) {
        TwoFactorBinding binding = TwoFactorBinding.findById(account.id);
        if (binding == null) {
            return false;
        }
        GovernmentDevice device = GovernmentDevice.findById(binding.deviceId);
        return device != null && device.entityCode.equals(account.entityCode) && device.active()
                && device.kind == DeviceKind.PHONE;
    }

    /** G6.h2: the latest recorded session of the account, from any device, at or before {@code asOf}. */
    private static Instant lastSession(OfficialAccount account, Instant asOf) {
        return AccessSession.getEntityManager().createQuery(
                "select max(s.sessionAt) from AccessSession s where s.accountId = :account and s.sessionAt <= :asOf",
                Instant.class).setParameter("account", account.id).setParameter("asOf", asOf).getSingleResult();
    }

    /**
     * G6.l: when each report still waiting in REPORTED state was made, among the entity's reports about this
     * account or about no account in particular (a report naming another account of the entity is that one's).
     */
    private static List<Instant> unhandledImpersonationReports(OfficialAccount account) {
        return ImpersonationReport.<ImpersonationReport> list("entityCode = ?1 and status = ?2 "
                + "and (impersonatedAccountId is null or impersonatedAccountId = ?3) order by reportedAt",
                account.entityCode, ImpersonationStatus.REPORTED, account.id)
                .stream().map(report -> report.reportedAt).toList();
    }

    private static String staffName(List<RoleHolderView> holders, UUID staffId) {
        return holders.stream().filter(holder -> holder.staffId().equals(staffId)).map(RoleHolderView::staffName)
                .findFirst().orElse(staffId.toString());
    }
}
