package io.rasmi.account.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.rasmi.account.entities.GovernmentEntity;
import io.rasmi.account.state.AccountStatePublisher;
import io.rasmi.events.AccountRegistered;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.EventType;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.http.MergePatches;
import io.rasmi.platform.http.Versions;
import io.rasmi.platform.outbox.Outbox;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.web.DomainNames;

/** Use cases of the account register; every one is scoped to the entity it is given. */
@ApplicationScoped
public class AccountService {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    AccountStatePublisher accountState;

    @Inject
    AuditTrail auditTrail;

    @Inject
    MergePatches mergePatches;

    /** Proposes an official account for the entity (G5.1 decides it later); the register starts it as PROPOSED. */
    @Transactional
    public AccountView register(String entityCode, RegisterAccountRequest request) {
        GovernmentEntity entity = GovernmentEntity.findByCode(entityCode)
                .orElseThrow(() -> ProblemException.unprocessable("entity.not-registered", entityCode));
        String email = request.registrationEmail().strip().toLowerCase(Locale.ROOT);
        if (!entity.ownsEmail(email)) {
            throw ProblemException.ruleViolated("G6.c", "account.email-not-official", String.join(", ", entity.emailDomains));
        }
        AccountProfile profile = request.profile().tidy();
        requireLinkOnWebsite(profile.websiteLinkUrl(), entity);
        String handle = request.handle().strip().replaceFirst("^@", "");
        if (OfficialAccount.handleTaken(request.platform(), handle)) {
            throw ProblemException.conflict("account.handle-taken", request.platform(), handle);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OfficialAccount account = new OfficialAccount();
        account.id = UUID.randomUUID();
        account.entityCode = entity.code;
        account.platform = request.platform();
        account.handle = handle;
        account.handleKey = OfficialAccount.handleKey(handle);
        profile.applyTo(account);
        account.registrationEmail = email;
        account.status = AccountStatus.PROPOSED;
        account.statusChangedAt = now;
        account.createdAt = now;
        account.updatedAt = now;
        account.persist();

        accountState.publish(EventType.ACCOUNT_REGISTERED, account,
                new AccountRegistered(account.id, account.entityCode, account.platform, account.handle,
                        account.profileUrl, account.displayNameAr, account.displayNameEn, account.status, now));
        auditTrail.record(account.entityCode, "account.registered", "official-account", account.id,
                Map.of("platform", account.platform.name(), "handle", account.handle));
        return AccountView.of(account);
    }

    @Transactional
    public AccountView get(String entityCode, UUID id) {
        return AccountView.of(OfficialAccount.requireForEntity(id, entityCode));
    }

    @Transactional
    public Page<AccountView> list(String entityCode, PageRequest page) {
        return list(entityCode, AccountListQuery.of(null, null, null, null), page);
    }

    /** The entity's accounts that match the query, a page of them. */
    @Transactional
    public Page<AccountView> list(String entityCode, AccountListQuery query, PageRequest page) {
        return Page.of(query.find(entityCode), page, AccountView::of);
    }

    /**
     * Applies a JSON merge patch (RFC 7396) to the editable fields of the account, if {@code ifMatch} names its
     * current version. A patch that changes nothing answers the account as it is, without a new version or event.
     */
    @Transactional
    public AccountView update(String entityCode, UUID id, String ifMatch, JsonNode patch) {
        OfficialAccount account = OfficialAccount.requireForEntity(id, entityCode);
        Versions.requireMatch(ifMatch, account.version);
        account.requireNotArchived();
        if (patch != null && patch.isObject()) {
            for (Iterator<String> names = patch.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (AccountProfile.FIXED.contains(name)) {
                    throw ProblemException.invalidField(name, "account.field-not-editable", name);
                }
            }
        }
        List<String> patched = mergePatches.patchedFields(patch, AccountProfile.FIELDS, "account.patch-not-object");
        AccountProfile before = AccountProfile.of(account);
        AccountProfile after = mergePatches.apply(before, patch, AccountProfile.class).tidy();
        if (after.equals(before)) {
            return AccountView.of(account);
        }
        GovernmentEntity entity = GovernmentEntity.findByCode(entityCode).orElseThrow();
        if (!Objects.equals(after.websiteLinkUrl(), before.websiteLinkUrl())) {
            requireLinkOnWebsite(after.websiteLinkUrl(), entity);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        after.applyTo(account);
        account.updatedAt = now;
        OfficialAccount.flush(); // so that the answer carries the new version

        accountState.publish(EventType.ACCOUNT_UPDATED, account, account.updatedSnapshot(now));
        auditTrail.record(account.entityCode, "account.updated", "official-account", account.id,
                Map.of("fields", patched.stream().sorted().toList()));
        return AccountView.of(account);
    }

    /** G3.2: the page that links to the account must be on the entity's own website (its host or a subdomain). */
    private static void requireLinkOnWebsite(String linkUrl, GovernmentEntity entity) {
        if (linkUrl != null && !DomainNames.isOnSite(linkUrl, entity.websiteUrl)) {
            throw ProblemException.ruleViolated("G3.2", "account.website-link-off-site", entity.websiteUrl);
        }
    }
}
