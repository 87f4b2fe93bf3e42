package io.rasmi.account.state;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.rasmi.account.registry.OfficialAccount;

/**
 * Publishes the state of the accounts that have never had one: those registered before the state topic existed
 * (state version 0). Every change since writes the state itself, so after one pass at start nothing is missing. In
 * batches of their own transactions; {@code skip locked} lets two replicas starting together share the work.
 */
@ApplicationScoped
public class AccountStateBackfill {

    private static final Logger LOG = Logger.getLogger(AccountStateBackfill.class);
    private static final int BATCH = 100;

    @Inject
    EntityManager entityManager;

    @Inject
    AccountStatePublisher publisher;

    void onStart(@Observes StartupEvent start) {
        try {
            publishMissing();
        } catch (RuntimeException failed) {
            // The next start tries again; the service itself does not depend on it.
            LOG.warnf("Could not publish the state of older accounts: %s", failed.getClass().getSimpleName());
        }
    }

    /** Publishes the state of every account that has none yet; answers how many. */
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
            LOG.infof("Published the state of %d accounts registered before the state topic", published);
        }
        return published;
    }

    private int publishBatch() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("select id from official_account where state_version = 0 "
                + "order by id limit ?1 for update skip locked", UUID.class)
                .setParameter(1, BATCH)
                .getResultList();
        for (UUID id : ids) {
            publisher.publishState(OfficialAccount.findById(id));
        }
        return ids.size();
    }
}
