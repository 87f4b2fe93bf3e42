package io.rasmi.directory;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.rasmi.events.AccountRole;

/**
 * What a service asks of its account directory in Java, e.g. content-service: may this staff member publish on this
 * account? The answers are as fresh as the state and events read so far.
 */
@ApplicationScoped
public class KnownAccounts {

    @Inject
    EntityManager entityManager;

    /** The account, if this service knows it; whatever its entity (callers check the tenant). */
    @Transactional
    public Optional<KnownAccountView> find(UUID accountId) {
        return KnownAccount.<KnownAccount>findByIdOptional(accountId).map(KnownAccountView::of);
    }

    /** The entity's account; another entity's is not found, as if it did not exist. */
    @Transactional
    public Optional<KnownAccountView> findForEntity(UUID accountId, String entity) {
        return KnownAccount.findForEntity(accountId, entity).map(KnownAccountView::of);
    }

    /** Whether the staff member holds {@code role} on the account now (G6.a), as far as this service knows. */
    @Transactional
    public boolean holdsRole(UUID accountId, UUID staffId, AccountRole role) {
        return entityManager.createQuery("select count(a) from KnownAccount a join a.roleHolders h "
                + "where a.id = ?1 and h.staffId = ?2 and h.role = ?3", Long.class)
                .setParameter(1, accountId)
                .setParameter(2, staffId)
                .setParameter(3, role)
                .getSingleResult() > 0;
    }
}
