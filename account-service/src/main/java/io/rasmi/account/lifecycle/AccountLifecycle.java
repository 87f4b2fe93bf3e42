package io.rasmi.account.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.rasmi.account.passwords.PasswordRotation;
import io.rasmi.account.registry.AccountView;
import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.account.reviews.AccountReview;
import io.rasmi.account.state.AccountStatePublisher;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.AccountStatusChanged;
import io.rasmi.events.EventType;
import io.rasmi.events.ReviewKind;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.http.Versions;
import io.rasmi.platform.outbox.Outbox;
import io.rasmi.platform.problem.ProblemException;

/**
 * Moves official accounts through their lifecycle ({@link Transition}) when what the guideline asks for each step
 * is there. Every move emits {@code io.rasmi.account.status-changed.v1} and writes an audit row.
 */
@ApplicationScoped
public class AccountLifecycle {

    /** Decision dates are Iraqi calendar dates: "today" is today in Baghdad, not in UTC. */
    static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");

    private static final Logger LOG = Logger.getLogger(AccountLifecycle.class);

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    AccountStatePublisher accountState;

    @Inject
    AuditTrail auditTrail;

    @Inject
    AccessEvidence accessEvidence;

    /** G5.1: records the official decision that creates the account, which approves it. */
    @Transactional
    public AccountView decide(String entityCode, UUID id, String ifMatch, DecisionRequest request, String actor) {
        OfficialAccount account = load(entityCode, id, ifMatch);
        if (request.decisionDate().isAfter(LocalDate.now(clock.withZone(BAGHDAD)))) {
            throw ProblemException.invalidField("decisionDate", "lifecycle.decision-date-in-future");
        }
        Transition.DECISION.requireAllowedFrom(account.status);
        AccountDecision decision = new AccountDecision();
        decision.accountId = account.id;
        decision.decisionNumber = request.decisionNumber().strip();
        decision.decisionDate = request.decisionDate();
        decision.signatory = request.signatory().strip();
        decision.recordedAt = now();
        decision.recordedBy = actor;
        decision.persist();
        return move(account, Transition.DECISION, "Official decision " + decision.decisionNumber + " of "
                + decision.decisionDate + ", signed by " + decision.signatory);
    }

    @Transactional
    public DecisionView decision(String entityCode, UUID id) {
        OfficialAccount account = OfficialAccount.requireForEntity(id, entityCode);
        AccountDecision decision = AccountDecision.findById(account.id);
        if (decision == null) {
            throw ProblemException.notFound("lifecycle.no-decision");
        }
        return DecisionView.of(decision);
    }

    /**
     * To ACTIVE, from APPROVED or back from SUSPENDED, only when the decision is recorded (G5.1), someone holds the
     * ADMIN role (G6.a), two-factor is bound to a government device (G6.b) and a password rotation is recorded
     * (G6.f), and back from SUSPENDED only when that password is not overdue for rotation (G6.g); otherwise 409
     * naming every unmet clause.
     */
    @Transactional
    public AccountView activate(String entityCode, UUID id, String ifMatch) {
        OfficialAccount account = load(entityCode, id, ifMatch);
        Transition.ACTIVATION.requireAllowedFrom(account.status);
        List<String> unmet = new ArrayList<>();
        if (!AccountDecision.isRecordedFor(account.id)) {
            unmet.add("G5.1");
        }
        if (!accessEvidence.hasAdminHolder(account.id)) {
            unmet.add("G6.a");
        }
        if (!accessEvidence.twoFactorOnGovernmentDevice(account.id)) {
            unmet.add("G6.b");
        }
        if (!PasswordRotation.existsFor(account.id)) {
            unmet.add("G6.f");
        } else if (account.status == AccountStatus.SUSPENDED && passwordOverdue(account.id)) {
            unmet.add("G6.g"); // a suspended account whose password fell due comes back only after a rotation
        }
        if (!unmet.isEmpty()) {
            throw ProblemException.conflictWithClauses(unmet, "lifecycle.activation-unmet", String.join(", ", unmet));
        }
        String reason = account.status == AccountStatus.SUSPENDED ? "Reactivated after suspension"
                : "Activated: decision, admin holder, two-factor on a government device and password in place";
        return move(account, Transition.ACTIVATION, reason);
    }

    @Transactional
    public AccountView suspend(String entityCode, UUID id, String ifMatch, String reason) {
        OfficialAccount account = load(entityCode, id, ifMatch);
        Transition.SUSPENSION.requireAllowedFrom(account.status);
        return move(account, Transition.SUSPENSION, reason.strip());
    }

    @Transactional
    public AccountView archive(String entityCode, UUID id, String ifMatch, String reason) {
        OfficialAccount account = load(entityCode, id, ifMatch);
        Transition.ARCHIVE.requireAllowedFrom(account.status);
        return move(account, Transition.ARCHIVE, reason.strip());
    }

    /** IT security marks the account breached (G6.j): it stays COMPROMISED until a recovery. */
    @Transactional
    public AccountView compromise(String entityCode, UUID id, String ifMatch, String note) {
        OfficialAccount account = load(entityCode, id, ifMatch);
        Transition.COMPROMISE.requireAllowedFrom(account.status);
        return move(account, Transition.COMPROMISE,
                note == null || note.isBlank() ? "Marked compromised by IT security" : note.strip());
    }

    /**
     * Back to ACTIVE once the password was rotated (G6.g) and the access history reviewed (G6.h), both after the
     * compromise; otherwise 409 naming what is missing.
     */
    @Transactional
    public AccountView recover(String entityCode, UUID id, String ifMatch) {
        OfficialAccount account = load(entityCode, id, ifMatch);
        Transition.RECOVERY.requireAllowedFrom(account.status);
        Instant since = account.compromisedAt != null ? account.compromisedAt : account.statusChangedAt;
        List<String> unmet = new ArrayList<>();
        if (!PasswordRotation.existsAfter(account.id, since)) {
            unmet.add("G6.g");
        }
        if (!AccountReview.existsAfter(account.id, ReviewKind.ACCESS_HISTORY, since)) {
            unmet.add("G6.h");
        }
        if (!unmet.isEmpty()) {
            throw ProblemException.conflictWithClauses(unmet, "lifecycle.recovery-unmet", String.join(", ", unmet));
        }
        return move(account, Transition.RECOVERY,
                "Recovered: password rotated and access history reviewed after the compromise");
    }

    /**
     * An incident says the account was breached: ACTIVE and SUSPENDED accounts become COMPROMISED; one that already
     * is stays as it is; any other state is left alone with a log line (a proposed account has nothing to breach).
     *
     * @return whether the account changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean compromiseOnIncident(OfficialAccount account, String reason) {
        if (account.status == AccountStatus.COMPROMISED) {
            return false;
        }
        if (!Transition.COMPROMISE.allowedFrom(account.status)) {
            LOG.infof("Account %s is %s; an incident cannot mark it compromised", account.id, account.status);
            return false;
        }
        move(account, Transition.COMPROMISE, reason);
        return true;
    }

    /** G6.g: the latest rotation's due date, set by the entity's period when it was recorded, has passed. */
    private boolean passwordOverdue(UUID accountId) {
        return PasswordRotation.latest(accountId).map(latest -> now().isAfter(latest.nextDueAt)).orElse(false);
    }

    private OfficialAccount load(String entityCode, UUID id, String ifMatch) {
        OfficialAccount account = OfficialAccount.requireForEntity(id, entityCode);
        if (ifMatch != null) {
            Versions.requireMatch(ifMatch, account.version);
        }
        return account;
    }

    private AccountView move(OfficialAccount account, Transition transition, String reason) {
        AccountStatus from = account.status;
        Instant now = now();
        account.changeStatus(transition.to(), now);
        OfficialAccount.flush(); // so that the answer carries the new version

        accountState.publish(EventType.ACCOUNT_STATUS_CHANGED, account,
                new AccountStatusChanged(account.id, account.entityCode, from, transition.to(), reason, now));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from.name());
        details.put("to", transition.to().name());
        if (reason != null) {
            details.put("reason", reason);
        }
        auditTrail.record(account.entityCode, "account.status-changed", "official-account", account.id, details);
        return AccountView.of(account);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
