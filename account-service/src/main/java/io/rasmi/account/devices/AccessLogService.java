package io.rasmi.account.devices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.google.common.net.InetAddresses;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.events.AccessAnomaly;
import io.rasmi.events.EventType;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.outbox.Outbox;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.Problem;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.problem.ProblemType;

/**
 * The accounts' access histories, copied from the platforms, checked against the device register (G6.h2): a
 * session whose fingerprint names no registered device in service at the session's time is an anomaly.
 */
@ApplicationScoped
public class AccessLogService {

    /** Sessions per batch; a longer history is sent in several. */
    public static final int MAX_BATCH = 500;
    /** How far ahead of our clock a platform's clock may run before a session counts as "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail auditTrail;

    @Inject
    EntityManager entityManager;

    /**
     * Records a batch. Sessions already recorded (histories overlap from one copy to the next) are skipped. Each
     * new anomaly is stored flagged, and raises {@code AccessAnomaly} once per account, fingerprint and UTC day of
     * the session: sending the same day's history again, or more of it, raises nothing new. The whole batch is
     * refused, and nothing stored, if any session is invalid.
     */
    @Transactional
    public AccessLogReceipt record(String entityCode, UUID accountId, List<AccessSessionRequest> sessions) {
        // The lock serialises batches of one account, so two overlapping copies cannot both store a session.
        OfficialAccount account = OfficialAccount.<OfficialAccount> find("id = ?1 and entityCode = ?2", accountId,
                entityCode).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("account.not-found"));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<AccessSession> candidates = validated(sessions, now);

        List<GovernmentDevice> devices = GovernmentDevice.list("entityCode = ?1 and fingerprint is not null",
                entityCode);
        Set<String> known = alreadyRecorded(account.id, candidates);
        List<AccessSession> recorded = new ArrayList<>();
        for (AccessSession session : candidates) {
            if (!known.add(session.sameSessionKey())) {
                continue;
            }
            session.id = UUID.randomUUID();
            session.accountId = account.id;
            session.entityCode = entityCode;
            session.recordedAt = now;
            session.deviceId = devices.stream()
                    .filter(d -> d.fingerprint.equals(session.deviceFingerprint) && d.inServiceAt(session.sessionAt))
                    .map(d -> d.id).findFirst().orElse(null);
            session.anomaly = session.deviceId == null;
            session.persist();
            recorded.add(session);
        }

        int events = raiseAnomalies(account, recorded, now);
        long anomalies = recorded.stream().filter(s -> s.anomaly).count();
        if (!recorded.isEmpty()) {
            auditTrail.record(entityCode, "account.access-log-recorded", "official-account", account.id,
                    Map.of("recorded", recorded.size(), "anomalies", anomalies, "anomalyEvents", events));
        }
        return new AccessLogReceipt(sessions.size(), recorded.size(), sessions.size() - recorded.size(),
                (int) anomalies, events);
    }

    @Transactional
    public Page<AccessSessionView> list(String entityCode, UUID accountId, boolean anomaliesOnly, PageRequest page) {
        OfficialAccount account = OfficialAccount.findForEntity(accountId, entityCode)
                .orElseThrow(() -> ProblemException.notFound("account.not-found"));
        PanacheQuery<AccessSession> query = anomaliesOnly
                ? AccessSession.find("accountId = ?1 and anomaly = true order by sessionAt desc, id", account.id)
                : AccessSession.find("accountId = ?1 order by sessionAt desc, id", account.id);
        return Page.of(query, page, AccessSessionView::of);
    }

    /**
     * For the posture report (G6.h2): the latest session of the account from an unknown device in the {@code days}
     * days up to {@code asOf} (after {@code asOf - days}, at or before {@code asOf}); empty when there was none.
     */
    @Transactional
    public Optional<Instant> lastUnknownDeviceSession(UUID accountId, int days, Instant asOf) {
        List<Instant> latest = entityManager.createQuery("select max(s.sessionAt) from AccessSession s "
                + "where s.accountId = :account and s.anomaly = true and s.sessionAt > :from and s.sessionAt <= :asOf",
                Instant.class)
                .setParameter("account", accountId)
                .setParameter("from", asOf.minus(Duration.ofDays(days)))
                .setParameter("asOf", asOf)
                .getResultList();
        return latest.isEmpty() ? Optional.empty() : Optional.ofNullable(latest.get(0));
    }

    /** For the posture report (G6.h2): whether the account had a session from an unknown device in those days. */
    @Transactional
    public boolean hadUnknownDeviceSession(UUID accountId, int days, Instant asOf) {
        return lastUnknownDeviceSession(accountId, days, asOf).isPresent();
    }

    /** The batch as sessions to store, or a 400 naming every invalid one (fields as {@code [index].name}). */
    private static List<AccessSession> validated(List<AccessSessionRequest> sessions, Instant now) {
        List<Problem.Violation> violations = new ArrayList<>();
        List<AccessSession> candidates = new ArrayList<>();
        Instant latestAllowed = now.plus(CLOCK_SKEW);
        for (int i = 0; i < sessions.size(); i++) {
            AccessSessionRequest request = sessions.get(i);
            AccessSession session = new AccessSession();
            session.sessionAt = request.at().truncatedTo(ChronoUnit.MICROS);
            if (session.sessionAt.isAfter(latestAllowed)) {
                violations.add(new Problem.Violation("[" + i + "].at", null));
            }
            session.deviceFingerprint = request.deviceFingerprint().strip();
            if (request.ipAddress() != null && !request.ipAddress().isBlank()) {
                Optional<String> ip = ipAddress(request.ipAddress());
                if (ip.isEmpty()) {
                    violations.add(new Problem.Violation("[" + i + "].ipAddress", null));
                }
                session.ipAddress = ip.orElse(null);
            }
            session.location = blankToNull(request.location());
            session.userAgent = blankToNull(request.userAgent());
            candidates.add(session);
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "access-log.sessions-invalid", null, violations);
        }
        return candidates;
    }

    /** An IPv4 or IPv6 literal in its canonical form (RFC 5952 for IPv6), read without any DNS lookup. */
    static Optional<String> ipAddress(String written) {
        String literal = written.strip();
        if (!InetAddresses.isInetAddress(literal)) {
            return Optional.empty();
        }
        return Optional.of(InetAddresses.toAddrString(InetAddresses.forString(literal)));
    }

    private Set<String> alreadyRecorded(UUID accountId, List<AccessSession> candidates) {
        if (candidates.isEmpty()) {
            return new HashSet<>();
        }
        Instant from = candidates.stream().map(s -> s.sessionAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant to = candidates.stream().map(s -> s.sessionAt).max(Comparator.naturalOrder()).orElseThrow();
        return AccessSession.<AccessSession> stream("accountId = ?1 and sessionAt >= ?2 and sessionAt <= ?3",
                accountId, from, to).map(AccessSession::sameSessionKey).collect(Collectors.toCollection(HashSet::new));
    }

    /**
     * One event per unknown fingerprint and UTC day of the session, for the earliest such session of the batch;
     * the alert table remembers which were raised, across batches.
     */
    private int raiseAnomalies(OfficialAccount account, List<AccessSession> recorded, Instant now) {
        Map<String, AccessSession> firstOfDay = new LinkedHashMap<>();
        recorded.stream().filter(s -> s.anomaly).sorted(Comparator.comparing(s -> s.sessionAt))
                .forEach(s -> firstOfDay.putIfAbsent(
                        s.deviceFingerprint + "\u0000" + LocalDate.ofInstant(s.sessionAt, ZoneOffset.UTC), s));
        int raised = 0;
        for (AccessSession session : firstOfDay.values()) {
            int inserted = entityManager.createNativeQuery("insert into access_anomaly_alert "
                    + "(account_id, device_fingerprint, session_day, alerted_at) values (?1, ?2, ?3, ?4) "
                    + "on conflict do nothing")
                    .setParameter(1, account.id)
                    .setParameter(2, session.deviceFingerprint)
                    .setParameter(3, LocalDate.ofInstant(session.sessionAt, ZoneOffset.UTC))
                    .setParameter(4, now)
                    .executeUpdate();
            if (inserted == 1) {
                outbox.publish(EventType.ACCOUNT_ACCESS_ANOMALY, account.id, account.entityCode,
                        new AccessAnomaly(account.id, account.entityCode, session.deviceFingerprint,
                                session.ipAddress, session.location, session.sessionAt, now));
                raised++;
            }
        }
        return raised;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
