package io.rasmi.platform.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * and the previous row's hash in the same chain, so editing or deleting history is detectable by {@link #verify()}.
 * <p>
 * One chain per entity, and one ({@value #PLATFORM_CHAIN}) for platform-wide records: an append locks only its own
 * chain, so one entity's writes never wait for another's. Rows written before kit 0.3 keep the single chain they
 * were written in, {@value #CHAIN_UNTIL_0_3}.
 * <p>
 * <b>Lock order</b>, the same in every service: first the records a use case changes (several of one kind in id
 * order, see {@link io.rasmi.platform.locking.RecordLocks}), the audit chain last. {@link #record} takes the
 * chain's lock until the transaction ends, so a use case that locked its chain and then waits for a record can
 * deadlock with one that holds the record and wants the chain. A use case that writes to several chains writes
 * them in the order of their names.
 */
@ApplicationScoped
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);
    /** The chain of rows that belong to no entity. */
    public static final String PLATFORM_CHAIN = "~platform";
    /** The one chain all rows were written in before chains were kept per entity. */
    public static final String CHAIN_UNTIL_0_3 = "~until-0.3";
    /** First key of the chains' advisory locks (the second is the chain's hash), so that a chain never forks. */
    private static final int CHAIN_LOCK = 0x41554454; // "AUDT"

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
        String chain = chainOf(entity);
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, CHAIN_LOCK).setParameter(2, chain)
                .getSingleResult();
        List<String> last = entityManager
                .createQuery("select hash from AuditEntry where chain = ?1 order by seq desc", String.class)
                .setParameter(1, chain)
                .setMaxResults(1).getResultList();
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entry.entity = entity;
        entry.chain = chain;
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

    /** The chain an entity's rows go to. */
    public static String chainOf(String entity) {
        return entity == null ? PLATFORM_CHAIN : entity;
    }

    /** Walks every chain in order and reports, per chain, the first row whose hash or link does not hold. */
    @Transactional
    public AuditVerification verify() {
        Map<String, ChainWalk> walks = new TreeMap<>();
        try (var rows = entityManager.createQuery("from AuditEntry order by seq", AuditEntry.class)
                .getResultStream()) {
            for (AuditEntry entry : (Iterable<AuditEntry>) rows::iterator) {
                walks.computeIfAbsent(entry.chain, ChainWalk::new).check(entry);
                entityManager.detach(entry);
            }
        }
        return AuditVerification.of(walks.values().stream().map(ChainWalk::outcome).toList());
    }

    /** One chain's walk: links and hashes in order, the first row where they break. */
    private static final class ChainWalk {
        private final String chain;
        private String expectedPrevious = GENESIS;
        private long checked;
        private Long firstBroken;

        ChainWalk(String chain) {
            this.chain = chain;
        }

        void check(AuditEntry entry) {
            checked++;
            // the chain name is not hashed: a row moved to another entity's chain breaks on its entity
            boolean inItsChain = chain.equals(CHAIN_UNTIL_0_3) || chain.equals(chainOf(entry.entity));
            if (firstBroken == null && (!inItsChain || !entry.previousHash.equals(expectedPrevious)
                    || !entry.hash.equals(hashOf(entry)))) {
                firstBroken = entry.seq;
            }
            expectedPrevious = entry.hash;
        }

        AuditVerification.Chain outcome() {
            return new AuditVerification.Chain(chain, firstBroken == null, checked, firstBroken);
        }
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
