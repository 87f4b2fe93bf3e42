package io.rasmi.account.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.account.entities.GovernmentEntity;
import io.rasmi.events.AccountRegistered;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.EventType;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.outbox.Outbox;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;

/** Use cases of the account register; every one is scoped to the entity it is given. */
@ApplicationScoped
public class AccountService {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail auditTrail;

    /** Proposes an official account for the entity (G5.1 decides it later); the register starts it as PROPOSED. */
    @Transactional
    public AccountView register(String entityCode, RegisterAccountRequest request) {
        GovernmentEntity entity = GovernmentEntity.findByCode(entityCode)
                .orElseThrow(() -> ProblemException.unprocessable("entity.not-registered", entityCode));
        String email = request.registrationEmail().strip().toLowerCase(Locale.ROOT);
        if (!entity.ownsEmail(email)) {
            throw ProblemException.ruleViolated("G6.c", "account.email-not-official", String.join(", ", entity.emailDomains));
        }
        String handle = request.handle().strip().replaceFirst("^@", "");
        if (OfficialAccount.handleTaken(request.platform(), handle)) {
            throw ProblemException.conflict("account.handle-taken", request.platform(), handle);
        }
        Instant now = clock.instant();
        OfficialAccount account = new OfficialAccount();
        account.id = UUID.randomUUID();
        account.entityCode = entity.code;
        account.platform = request.platform();
        account.handle = handle;
        account.handleKey = OfficialAccount.handleKey(handle);
        account.profileUrl = request.profileUrl();
        account.displayNameAr = request.displayNameAr().strip();
        account.displayNameEn = request.displayNameEn() == null || request.displayNameEn().isBlank() ? null
                : request.displayNameEn().strip();
        account.registrationEmail = email;
        account.status = AccountStatus.PROPOSED;
        account.createdAt = now;
        account.updatedAt = now;
        account.persist();

        outbox.publish(EventType.ACCOUNT_REGISTERED, account.id, account.entityCode,
                new AccountRegistered(account.id, account.entityCode, account.platform, account.handle,
                        account.profileUrl, account.displayNameAr, account.displayNameEn, account.status, now));
        auditTrail.record(account.entityCode, "account.registered", "official-account", account.id,
                Map.of("platform", account.platform.name(), "handle", account.handle));
        return AccountView.of(account);
    }

    @Transactional
    public AccountView get(String entityCode, UUID id) {
        return OfficialAccount.findForEntity(id, entityCode).map(AccountView::of)
                .orElseThrow(() -> ProblemException.notFound("account.not-found"));
    }

    @Transactional
    public Page<AccountView> list(String entityCode, PageRequest page) {
        return Page.of(OfficialAccount.ofEntity(entityCode), page, AccountView::of);
    }
}
