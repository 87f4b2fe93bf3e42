package io.rasmi.account.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.rasmi.events.AccountStatus;
import io.rasmi.events.Platform;

/** Reads what the public lookup keeps in memory out of the database: accounts with their entity, and entities. */
@ApplicationScoped
class RegisterReader {

    /** Ids per query for the badges, well under PostgreSQL's limit of bind parameters. */
    private static final int BADGES_PER_QUERY = 1000;

    private static final String ACCOUNTS = """
            select a.id, a.version, a.entityCode, a.platform, a.handle, a.handleKey, a.profileUrl, a.displayNameAr,
                   a.displayNameEn, a.status, e.nameAr, e.nameEn, e.websiteUrl, e.version
            from OfficialAccount a, GovernmentEntity e
            where e.code = a.entityCode""";

    @Inject
    EntityManager entityManager;

    @Inject
    VerificationBadges badges;

    /** An entity as the public sees it, and its version. */
    record EntityListing(PublicAnswers.Entity entity, long version) {
    }

    /** Every account, public or not. */
    @Transactional
    public List<PublicListing> accounts() {
        return listings(entityManager.createQuery(ACCOUNTS, Object[].class).getResultList());
    }

    /** One account, if it exists. */
    @Transactional
    public Optional<PublicListing> account(UUID accountId) {
        return listings(entityManager.createQuery(ACCOUNTS + " and a.id = :id", Object[].class)
                .setParameter("id", accountId).getResultList()).stream().findFirst();
    }

    /** Every entity. */
    @Transactional
    public List<EntityListing> entities() {
        return entityManager.createQuery("select e.code, e.nameAr, e.nameEn, e.websiteUrl, e.version "
                + "from GovernmentEntity e", Object[].class).getResultList().stream()
                .map(RegisterReader::entityOf)
                .toList();
    }

    /** One entity, if it exists. */
    @Transactional
    public Optional<EntityListing> entity(String code) {
        return entityManager.createQuery("select e.code, e.nameAr, e.nameEn, e.websiteUrl, e.version "
                + "from GovernmentEntity e where e.code = :code", Object[].class)
                .setParameter("code", code).getResultList().stream()
                .map(RegisterReader::entityOf)
                .findFirst();
    }

    private List<PublicListing> listings(List<Object[]> rows) {
        List<UUID> ids = rows.stream().map(row -> (UUID) row[0]).toList();
        Map<UUID, VerificationBadges.Badge> badgeOf = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += BADGES_PER_QUERY) {
            badgeOf.putAll(badges.badges(ids.subList(from, Math.min(ids.size(), from + BADGES_PER_QUERY))));
        }
        List<PublicListing> listings = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            VerificationBadges.Badge badge = badgeOf.get(id);
            PublicAnswers.Entity entity = new PublicAnswers.Entity((String) row[2], (String) row[10],
                    (String) row[11], (String) row[12]);
            listings.add(new PublicListing(id,
                    new PublicListing.Stamp((Long) row[1], badge == null ? -1 : badge.version(), (Long) row[13]),
                    (String) row[2], (Platform) row[3], (String) row[4], (String) row[5], (String) row[6],
                    (String) row[7], (String) row[8], (AccountStatus) row[9], badge != null && badge.verified(),
                    entity));
        }
        return listings;
    }

    private static EntityListing entityOf(Object[] row) {
        return new EntityListing(new PublicAnswers.Entity((String) row[0], (String) row[1], (String) row[2],
                (String) row[3]), (Long) row[4]);
    }
}
