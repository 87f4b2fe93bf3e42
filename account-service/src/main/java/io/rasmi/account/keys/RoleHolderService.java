package io.rasmi.account.keys;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.account.state.AccountStatePublisher;
import io.rasmi.account.unit.StaffMember;
import io.rasmi.events.AccountRole;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.EventType;
import io.rasmi.events.RoleHolderAdded;
import io.rasmi.events.RoleHolderRemoved;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.outbox.Outbox;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.security.Caller;

/** Who holds the keys of an official account (G6.a, G4.3.e). */
@ApplicationScoped
public class RoleHolderService {

    /**
     * States in which the account exists on its platform and must keep an admin: ACTIVE as G6.a asks, and
     * SUSPENDED and COMPROMISED too, since both go back to ACTIVE without a new activation check.
     */
    static final Set<AccountStatus> LIVE = EnumSet.of(AccountStatus.ACTIVE, AccountStatus.SUSPENDED,
            AccountStatus.COMPROMISED);

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    AccountStatePublisher accountState;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Caller caller;

    /**
     * Records that a member of the unit holds a role on the account. The member is looked up in the caller's entity
     * only: another entity's member, like an unknown id, answers 422 (the request names something that does not
     * exist for this caller; the account in the path does, so 404 would point at the wrong thing).
     */
    @Transactional
    public RoleHolderView add(String entityCode, UUID accountId, AddRoleHolderRequest request) {
        OfficialAccount account = lockedAccount(entityCode, accountId);
        if (account.status == AccountStatus.ARCHIVED) {
            throw ProblemException.conflict("role-holder.account-archived");
        }
        // The member is locked after the account (records in that order everywhere) and before the audit chain:
        // a departure recorded meanwhile waits for this role, or this role waits for it and sees it.
        StaffMember staff = StaffMember.lockForEntity(request.staffId(), entityCode)
                .orElseThrow(() -> ProblemException.unprocessable("role-holder.staff-unknown"));
        if (!staff.active) {
            throw ProblemException.ruleViolated("G6.a", "role-holder.staff-inactive");
        }
        if (RoleHolder.count("accountId = ?1 and staffId = ?2 and role = ?3 and removedAt is null", account.id,
                staff.id, request.role()) > 0) {
            throw ProblemException.conflict("role-holder.already-holds", request.role());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        RoleHolder holder = new RoleHolder();
        holder.id = UUID.randomUUID();
        holder.accountId = account.id;
        holder.entityCode = entityCode;
        holder.staffId = staff.id;
        holder.role = request.role();
        holder.addedAt = now;
        holder.addedBy = caller.username();
        holder.persist();
        accountState.publish(EventType.ACCOUNT_ROLE_HOLDER_ADDED, account,
                new RoleHolderAdded(account.id, entityCode, holder.id, staff.id, holder.role, now));
        auditTrail.record(entityCode, "account.role-holder-added", "official-account", account.id,
                Map.of("holderId", holder.id.toString(), "staffId", staff.id.toString(), "role", holder.role.name()));
        return RoleHolderView.of(holder, staff.fullName);
    }

    /** Takes a role away; the row stays with its removal date. The last ADMIN of a live account stays (G6.a). */
    @Transactional
    public RoleHolderView remove(String entityCode, UUID accountId, UUID holderId) {
        OfficialAccount account = lockedAccount(entityCode, accountId);
        RoleHolder holder = RoleHolder.<RoleHolder> find("id = ?1 and accountId = ?2", holderId, account.id)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("role-holder.not-found"));
        if (!holder.current()) {
            throw ProblemException.conflict("role-holder.already-removed");
        }
        if (holder.role == AccountRole.ADMIN && LIVE.contains(account.status)
                && RoleHolder.currentCount(account.id, AccountRole.ADMIN) <= 1) {
            throw ProblemException.conflictWithClause("G6.a", "role-holder.last-admin", account.status);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        holder.removedAt = now;
        holder.removedBy = caller.username();
        accountState.publish(EventType.ACCOUNT_ROLE_HOLDER_REMOVED, account,
                new RoleHolderRemoved(account.id, entityCode, holder.id, holder.staffId, holder.role, now));
        auditTrail.record(entityCode, "account.role-holder-removed", "official-account", account.id,
                Map.of("holderId", holder.id.toString(), "staffId", holder.staffId.toString(),
                        "role", holder.role.name()));
        return RoleHolderView.of(holder, staffNames(List.of(holder)).get(holder.staffId));
    }

    @Transactional
    public Page<RoleHolderView> list(String entityCode, UUID accountId, boolean includeRemoved, PageRequest page) {
        OfficialAccount account = account(entityCode, accountId);
        PanacheQuery<RoleHolder> query = includeRemoved
                ? RoleHolder.find("accountId = ?1 order by addedAt, id", account.id)
                : RoleHolder.find("accountId = ?1 and removedAt is null order by addedAt, id", account.id);
        List<RoleHolder> holders = query.page(page.toPanache()).list();
        Map<UUID, String> names = staffNames(holders);
        return new Page<>(holders.stream().map(h -> RoleHolderView.of(h, names.get(h.staffId))).toList(),
                page.page, page.size, query.count());
    }

    /**
     * For the posture report and the lifecycle (G6.a, G7.6): the account's current role holders, oldest first,
     * whatever entity asks. The caller has already checked that the account is theirs.
     */
    @Transactional
    public List<RoleHolderView> currentHolders(UUID accountId) {
        List<RoleHolder> holders = RoleHolder.list("accountId = ?1 and removedAt is null order by addedAt, id",
                accountId);
        Map<UUID, String> names = staffNames(holders);
        return holders.stream().map(h -> RoleHolderView.of(h, names.get(h.staffId))).toList();
    }

    /** For the posture report (G6.a: fail without an admin, warn below two): how many hold {@code role} now. */
    @Transactional
    public long currentCount(UUID accountId, AccountRole role) {
        return RoleHolder.currentCount(accountId, role);
    }

    private static OfficialAccount account(String entityCode, UUID accountId) {
        return OfficialAccount.findForEntity(accountId, entityCode)
                .orElseThrow(() -> ProblemException.notFound("account.not-found"));
    }

    /** The account, locked until the transaction ends, so two removals cannot both see a second admin. */
    private static OfficialAccount lockedAccount(String entityCode, UUID accountId) {
        return OfficialAccount.<OfficialAccount> find("id = ?1 and entityCode = ?2", accountId, entityCode)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("account.not-found"));
    }

    private static Map<UUID, String> staffNames(List<RoleHolder> holders) {
        if (holders.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = holders.stream().map(h -> h.staffId).distinct().toList();
        return StaffMember.<StaffMember> list("id in ?1", ids).stream()
                .collect(Collectors.toMap(s -> s.id, s -> s.fullName, (a, b) -> a));
    }
}
