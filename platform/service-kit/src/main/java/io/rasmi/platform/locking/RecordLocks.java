package io.rasmi.platform.locking;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.Transactional;

/**
 * Locks several records of one kind for the rest of the transaction, in id order as the database sorts ids, in
 * one statement ({@code select … order by id for update}). Two use cases that lock overlapping sets this way wait
 * for each other instead of deadlocking; see {@link io.rasmi.platform.locking the lock order}.
 *
 * <pre>{@code
 * List<OfficialAccount> accounts = recordLocks.inIdOrder(OfficialAccount.class, ids, "entityCode = :entity",
 *         Map.of("entity", entity));
 * }</pre>
 */
@ApplicationScoped
public class RecordLocks {

    @Inject
    EntityManager entityManager;

    /** The records of {@code type} with these ids that exist, locked in id order; ids of none are left out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> List<T> inIdOrder(Class<T> type, Collection<?> ids) {
        return inIdOrder(type, ids, null, Map.of());
    }

    /**
     * The records of {@code type} with these ids that also meet {@code condition} (JPQL on the record's fields, for
     * example {@code entityCode = :entity}), locked in id order. Only matching records are locked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> List<T> inIdOrder(Class<T> type, Collection<?> ids, String condition, Map<String, ?> parameters) {
        if (ids.isEmpty()) {
            return List.of();
        }
        EntityType<T> entity = entityManager.getMetamodel().entity(type);
        String id = entity.getId(entity.getIdType().getJavaType()).getName();
        String where = "r." + id + " in :ids" + (condition == null ? "" : " and (" + condition + ")");
        TypedQuery<T> query = entityManager
                .createQuery("select r from " + entity.getName() + " r where " + where + " order by r." + id, type)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
