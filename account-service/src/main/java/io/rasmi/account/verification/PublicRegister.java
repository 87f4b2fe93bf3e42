package io.rasmi.account.verification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.rasmi.account.lookalikes.LookAlikeConfig;
import io.rasmi.events.AccountStatus;
import io.rasmi.text.CandidateIndex;
import io.rasmi.text.ComparableName;
import io.rasmi.text.NameSimilarity;
import io.rasmi.platform.web.AccountAddress;

/**
 * The public part of the register (G3.3), kept in memory by every instance, so that no public question waits for
 * the database: each account as last read ({@link PublicListing}), where the public ones live, their names in a
 * {@link CandidateIndex} for the look-alikes, and the entities.
 *
 * <p>It is loaded whole from the database, then follows the account events: each event has the account read again
 * ({@link PublicAnswerRefresher}). A reading replaces what is held only when it is newer by the account's versions
 * ({@link PublicListing.Stamp}), so a slow whole load or a late reading never undoes a newer change, whatever the
 * order they arrive in. Every change moves {@link #revision()}, which answers built from memory are checked against.
 */
@ApplicationScoped
public class PublicRegister {

    /** The statuses the public sees; any other account answers as unknown. */
    public static final Set<AccountStatus> PUBLIC = EnumSet.of(AccountStatus.ACTIVE, AccountStatus.COMPROMISED);

    private static final Logger LOG = Logger.getLogger(PublicRegister.class);

    @Inject
    RegisterReader reader;

    @Inject
    PublicLookupConfig config;

    @Inject
    LookAlikeConfig lookAlikes;

    private final Map<UUID, PublicListing> listings = new ConcurrentHashMap<>();
    private final Map<AccountAddress, UUID> publicAt = new ConcurrentHashMap<>();
    private final Map<String, RegisterReader.EntityListing> entities = new ConcurrentHashMap<>();
    private final CandidateIndex<UUID> names = new CandidateIndex<>();
    private final AtomicLong revision = new AtomicLong();
    private volatile boolean loaded;

    /** Whether the register has been loaded once; until then, questions wait for {@link #load()}. */
    public boolean loaded() {
        return loaded;
    }

    /** Moves on every change held; an answer built at an older revision may be out of date. */
    public long revision() {
        return revision.get();
    }

    /** Reads every entity and account from the database and keeps what is newer than what is held. Blocks. */
    public void load() {
        List<RegisterReader.EntityListing> allEntities = reader.entities();
        List<PublicListing> allAccounts = reader.accounts();
        allEntities.forEach(this::keep);
        int changed = 0;
        for (PublicListing listing : allAccounts) {
            if (keep(listing)) {
                changed++;
            }
        }
        loaded = true;
        LOG.debugf("Public register loaded: %d accounts read, %d changed", allAccounts.size(), changed);
    }

    /** Loads the register unless it is loaded. Blocks. */
    public void ensureLoaded() {
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    load();
                }
            }
        }
    }

    /** Reads one account again (after an event about it) and keeps it if newer. Blocks. */
    public void refresh(UUID accountId) {
        reader.account(accountId).ifPresent(this::keep);
    }

    /** The public account at {@code address}, if there is one. */
    Optional<PublicListing> officialAt(AccountAddress address) {
        UUID id = publicAt.get(address);
        if (id == null) {
            return Optional.empty();
        }
        PublicListing listing = listings.get(id);
        return listing != null && listing.isPublic() && listing.address().equals(address) ? Optional.of(listing)
                : Optional.empty();
    }

    /** The account with {@code accountId} as held now, public or not. */
    Optional<PublicListing> listing(UUID accountId) {
        return Optional.ofNullable(listings.get(accountId));
    }

    /**
     * The public accounts that the handle at {@code address} resembles, best first (then those on its platform,
     * then by handle), at most {@code limit}: only the names the index finds alike are compared.
     */
    List<PublicAnswers.Resemblance> resemblances(AccountAddress address, int limit) {
        ComparableName asked = ComparableName.of(address.handleKey());
        Map<UUID, Double> best = new HashMap<>();
        for (CandidateIndex.Candidate<UUID> candidate : names.candidates(asked, config.comparedNames())) {
            double score = NameSimilarity.compare(asked, candidate.name()).score();
            if (score < lookAlikes.threshold()) {
                continue;
            }
            for (UUID id : candidate.keys()) {
                best.merge(id, score, Math::max);
            }
        }
        List<PublicAnswers.Resemblance> resembles = new ArrayList<>();
        best.forEach((id, score) -> {
            PublicListing listing = listings.get(id);
            if (listing != null && listing.isPublic()) {
                resembles.add(new PublicAnswers.Resemblance(listing.platform(), listing.handle(),
                        listing.entityCode(), Math.round(score * 1000) / 1000.0));
            }
        });
        resembles.sort(Comparator.comparingDouble(PublicAnswers.Resemblance::similarity).reversed()
                .thenComparing(resemblance -> resemblance.platform() != address.platform())
                .thenComparing(PublicAnswers.Resemblance::handle, String.CASE_INSENSITIVE_ORDER));
        return resembles.size() > limit ? List.copyOf(resembles.subList(0, limit)) : resembles;
    }

    /** The entity with {@code code}, if it is known here; see {@link #entityFromDatabase(String)}. */
    Optional<PublicAnswers.Entity> entity(String code) {
        return Optional.ofNullable(entities.get(code)).map(RegisterReader.EntityListing::entity);
    }

    /** The entity with {@code code} read from the database, for one created since the register was loaded. Blocks. */
    Optional<PublicAnswers.Entity> entityFromDatabase(String code) {
        return reader.entity(code).map(found -> {
            keep(found);
            return entities.get(code).entity();
        });
    }

    /** The public accounts of the entity with {@code code}, by platform and handle. */
    List<PublicAnswers.ListedAccount> entityAccounts(String code) {
        return listings.values().stream()
                .filter(listing -> listing.entityCode().equals(code) && listing.isPublic())
                .sorted(Comparator.comparing(PublicListing::platform).thenComparing(PublicListing::handleKey))
                .map(PublicListing::listed)
                .toList();
    }

    /**
     * Keeps {@code next} unless what is held of that account is as new or newer. One writer at a time, so that the
     * check and the change are one step.
     */
    synchronized boolean keep(PublicListing next) {
        PublicListing current = listings.get(next.accountId());
        if (current != null && !current.stamp().isOlderThan(next.stamp())) {
            return false;
        }
        listings.put(next.accountId(), next);
        if (current != null && !current.address().equals(next.address())) {
            publicAt.remove(current.address(), current.accountId());
        }
        if (next.isPublic()) {
            publicAt.put(next.address(), next.accountId());
            names.put(next.accountId(), next.names());
        } else {
            publicAt.remove(next.address(), next.accountId());
            names.remove(next.accountId());
        }
        keep(new RegisterReader.EntityListing(next.entity(), next.stamp().entity()));
        revision.incrementAndGet();
        return true;
    }

    private synchronized void keep(RegisterReader.EntityListing next) {
        RegisterReader.EntityListing current = entities.get(next.entity().code());
        if (current == null || current.version() < next.version()) {
            entities.put(next.entity().code(), next);
            revision.incrementAndGet();
        }
    }
}
