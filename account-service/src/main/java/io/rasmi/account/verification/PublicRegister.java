package io.rasmi.account.verification;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.account.entities.GovernmentEntity;
import io.rasmi.account.lookalikes.LookAlikes;
import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.events.AccountStatus;

/** Reads the public part of the register: only ACTIVE and COMPROMISED accounts are public (G3.3). */
@ApplicationScoped
public class PublicRegister {

    /** The statuses the public sees; any other account answers as unknown. */
    public static final Set<AccountStatus> PUBLIC = EnumSet.of(AccountStatus.ACTIVE, AccountStatus.COMPROMISED);

    @Inject
    VerificationBadges badges;

    @Inject
    LookAlikes lookAlikes;

    @Inject
    PublicLookupConfig config;

    /** The verdict on the account at {@code address}, and its id when it is official. */
    @Transactional
    public Found verdict(AccountAddress address) {
        Optional<OfficialAccount> account = OfficialAccount
                .<OfficialAccount>find("platform = ?1 and handleKey = ?2", address.platform(), address.handleKey())
                .firstResultOptional()
                .filter(found -> PUBLIC.contains(found.status));
        if (account.isPresent()) {
            OfficialAccount official = account.get();
            GovernmentEntity entity = GovernmentEntity.findByCode(official.entityCode).orElseThrow();
            boolean verified = badges.verified(Set.of(official.id)).contains(official.id);
            return new Found(official.id, PublicAnswers.Verdict.official(official.status, entityOf(entity),
                    new PublicAnswers.Account(official.platform, official.handle, official.profileUrl,
                            official.displayNameAr, official.displayNameEn, verified)));
        }
        List<PublicAnswers.Resemblance> resembles = lookAlikes
                .rank(new LookAlikes.Query(address.platform(), address.handleKey(), null), PUBLIC,
                        config.maxResemblances())
                .stream()
                .map(match -> new PublicAnswers.Resemblance(match.platform(), match.handle(), match.entityCode(),
                        match.similarity()))
                .toList();
        return new Found(null, PublicAnswers.Verdict.notOfficial(resembles));
    }

    /** The public accounts of the entity with {@code code}, by platform and handle; empty if there is no such entity. */
    @Transactional
    public Optional<PublicAnswers.EntityAccounts> entityAccounts(String code) {
        return GovernmentEntity.findByCode(code).map(entity -> {
            List<OfficialAccount> accounts = OfficialAccount
                    .<OfficialAccount>list("entityCode = ?1 and status in ?2 order by platform, handleKey", code,
                            PUBLIC);
            Set<UUID> verified = badges.verified(accounts.stream().map(account -> account.id).toList());
            return new PublicAnswers.EntityAccounts(entityOf(entity), accounts.stream()
                    .map(account -> new PublicAnswers.ListedAccount(account.platform, account.handle,
                            account.profileUrl, account.displayNameAr, account.displayNameEn,
                            verified.contains(account.id), account.status, PublicAnswers.Warning.of(account.status)))
                    .toList());
        });
    }

    private static PublicAnswers.Entity entityOf(GovernmentEntity entity) {
        return new PublicAnswers.Entity(entity.code, entity.nameAr, entity.nameEn, entity.websiteUrl);
    }

    /** A verdict, and the official account it is about (null when none). */
    public record Found(UUID accountId, PublicAnswers.Verdict verdict) {
    }
}
