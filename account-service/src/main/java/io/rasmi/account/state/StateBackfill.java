package io.rasmi.account.state;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Publishes the state of the records of one table that have never had one: those written before their state topic
 * existed ({@code state_version = 0}). Every change since writes the state itself, so after one pass at start
 * nothing is missing. In batches of their own transactions; {@code skip locked} lets two replicas starting together
 * share the work.
 */
abstract class StateBackfill {

    private static final Logger LOG = Logger.getLogger(StateBackfill.class);
    private static final int BATCH = 100;

    @Inject
    EntityManager entityManager;

    private final String table;
    private final String records;

    /**
     * @param table   the table whose rows carry a {@code state_version}
     * @param records what its rows are, for the log ("accounts", "staff members")
     */
    StateBackfill(String table, String records) {
        this.table = table;
        this.records = records;
    }

    /** Writes the state of the record with this id, in the caller's transaction. */
    abstract void publishState(UUID id);

    /** At start; the next start tries again if it fails, and the service itself does not depend on it. */
    void publishMissingAtStart() {
        try {
            publishMissing();
        } catch (RuntimeException failed) {
            LOG.warnf("Could not publish the state of older %s: %s", records, failed.getClass().getSimpleName());
        }
    }

    /** Publishes the state of every record that has none yet; answers how many. */
    public int publishMissing() {
        int published = 0;
        while (true) {
            int batch = QuarkusTransaction.requiringNew().call(this::publishBatch);
            published += batch;
            if (batch < BATCH) {
                break;
            }
        }
        if (published > 0) {
            LOG.infof("Published the state of %d %s written before their state topic", published, records);
        }
        return published;
    }

    private int publishBatch() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("select id from " + table + " where state_version = 0 "
                + "order by id limit ?1 for update skip locked", UUID.class)
                .setParameter(1, BATCH)
                .getResultList();
        ids.forEach(this::publishState);
        return ids.size();
    }
}
