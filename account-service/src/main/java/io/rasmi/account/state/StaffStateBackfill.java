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
import io.rasmi.account.unit.StaffMember;

/**
 * Publishes the state of the staff members that have never had one: those added before the staff state topic
 * existed (state version 0). Every change since writes the state itself, so after one pass at start nothing is
 * missing. In batches of their own transactions; {@code skip locked} lets two replicas starting together share the
 * work. The shape of {@link AccountStateBackfill}.
 */
@ApplicationScoped
public class StaffStateBackfill {

    private static final Logger LOG = Logger.getLogger(StaffStateBackfill.class);
    private static final int BATCH = 100;

    @Inject
    EntityManager entityManager;

    @Inject
    StaffStatePublisher publisher;

    void onStart(@Observes StartupEvent start) {
        try {
            publishMissing();
        } catch (RuntimeException failed) {
            // The next start tries again; the service itself does not depend on it.
            LOG.warnf("Could not publish the state of older staff members: %s", failed.getClass().getSimpleName());
        }
    }

    /** Publishes the state of every staff member that has none yet; answers how many. */
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
            LOG.infof("Published the state of %d staff members added before the staff state topic", published);
        }
        return published;
    }

    private int publishBatch() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("select id from staff_member where state_version = 0 "
                + "order by id limit ?1 for update skip locked", UUID.class)
                .setParameter(1, BATCH)
                .getResultList();
        for (UUID id : ids) {
            publisher.publishState(StaffMember.findById(id));
        }
        return ids.size();
    }
}
