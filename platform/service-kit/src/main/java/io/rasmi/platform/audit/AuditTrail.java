package io.rasmi.platform.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;


import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.rasmi.platform.json.Fingerprints;
import io.rasmi.platform.security.Caller;

/**
 * Appends who did what to which record, in the same transaction as the change. Each row's hash covers its content
 * and the previous row's hash, so editing or deleting history is detectable by {@link #verify()}.
 */
@ApplicationScoped
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);
    /** Serialises appends so that the chain never forks. */
    private static final long CHAIN_LOCK = 0x4155444954L; // "AUDIT"

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    CurrentVertxRequest currentRequest;

    /** Records an action of the current caller (or of the system, outside a request). */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(String entity, String action, String recordType, Object recordId, Map<String, ?> details) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK)
                .getSingleResult();
        List<String> last = entityManager
                .createQuery("select hash from AuditEntry order by seq desc", String.class)
                .setMaxResults(1).getResultList();
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entry.entity = entity;
        entry.actor = actor();
        entry.action = action;
        entry.recordType = recordType;
        entry.recordId = String.valueOf(recordId);
        entry.requestId = requestId();
        entry.details = canonical(details);
        entry.previousHash = last.isEmpty() ? GENESIS : last.get(0);
        entry.hash = hashOf(entry);
        entry.persist();
        return entry;
    }

    /** Walks the whole chain in order and reports the first row whose hash or link does not hold. */
    @Transactional
    public AuditVerification verify() {
        String expectedPrevious = GENESIS;
        long checked = 0;
        try (var rows = entityManager.createQuery("from AuditEntry order by seq", AuditEntry.class)
                .getResultStream()) {
            for (AuditEntry entry : (Iterable<AuditEntry>) rows::iterator) {
                checked++;
                if (!entry.previousHash.equals(expectedPrevious) || !entry.hash.equals(hashOf(entry))) {
                    return new AuditVerification(false, checked, entry.seq);
                }
                expectedPrevious = entry.hash;
                entityManager.detach(entry);
            }
        }
        return new AuditVerification(true, checked, null);
    }

    static String hashOf(AuditEntry entry) {
        return Fingerprints.sha256(entry.previousHash, entry.occurredAt.toString(), String.valueOf(entry.entity),
                entry.actor, entry.action, entry.recordType, entry.recordId, String.valueOf(entry.requestId),
                String.valueOf(entry.details));
    }

    private String actor() {
        if (Arc.container().requestContext().isActive()) {
            try {
                if (!caller.isAnonymous()) {
                    return caller.username();
                }
            } catch (RuntimeException noIdentity) {
                // Outside an HTTP request (a consumer or a scheduler) there is no identity to ask.
            }
        }
        return "system";
    }

    private String requestId() {
        try {
            var request = currentRequest.getCurrent();
            if (request == null) {
                return null;
            }
            String header = request.request().getHeader("X-Request-Id");
            return header == null ? null : header.substring(0, Math.min(header.length(), 100));
        } catch (RuntimeException noRequest) {
            return null;
        }
    }

    private static String canonical(Map<String, ?> details) {
        return details == null || details.isEmpty() ? null : Fingerprints.canonicalJson(details);
    }
}
