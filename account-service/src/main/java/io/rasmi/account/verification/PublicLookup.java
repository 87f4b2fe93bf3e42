package io.rasmi.account.verification;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.rasmi.account.verification.PublicAnswers.Prepared;
import io.rasmi.platform.web.AccountAddress;

/**
 * The public answers, ready to send: built from the in-memory {@link PublicRegister}, their JSON and entity tag
 * kept, so that a repeated question costs a map lookup and no question waits for the database once the register
 * is loaded.
 *
 * <p>Each answer is stamped with what it was built from: an official account's answer with the account's versions
 * ({@link PublicListing.Stamp}), every answer with the register's revision. A held answer is served only while the
 * register still holds that account at those versions (or, for the other answers, is at that revision), so an
 * answer can never outlive the change that replaced it, whatever the timing of the lookups around the event; and
 * a newer answer is never replaced by an older one.
 */
@ApplicationScoped
public class PublicLookup {

    @Inject
    PublicRegister register;

    @Inject
    PublicLookupConfig config;

    @Inject
    ObjectMapper objectMapper;

    private Cache<AccountAddress, Prepared> verdicts;
    private Cache<String, Prepared> entityAccounts;
    private volatile BeforeKeepingSeam beforeKeeping = BeforeKeepingSeam.NONE;

    /**
     * A seam for tests only: runs after a lookup has built its answer and before it keeps it, the window in which
     * an account event can overtake the lookup (keeping is then one step: a merge by version). Does nothing unless a
     * test sets one; PublicLookupTest holds a lookup here while it applies a compromise.
     */
    @FunctionalInterface
    interface BeforeKeepingSeam {

        BeforeKeepingSeam NONE = (address, answer) -> {
        };

        void beforeKeeping(AccountAddress address, Prepared answer);
    }

    @PostConstruct
    void createCaches() {
        verdicts = Caffeine.newBuilder()
                .maximumSize(config.answers().maxEntries())
                .expireAfterWrite(config.answers().maxAge())
                .build();
        entityAccounts = Caffeine.newBuilder()
                .maximumSize(Math.max(100, config.answers().maxEntries() / 10))
                .expireAfterWrite(config.answers().maxAge())
                .build();
    }

    /** Whether questions can be answered from memory, without blocking. */
    public boolean ready() {
        return register.loaded();
    }

    /** The answer about {@code address}. Blocks only while the register has never been loaded. */
    public Prepared verdict(AccountAddress address) {
        register.ensureLoaded();
        Prepared held = verdicts.getIfPresent(address);
        if (held != null && isCurrent(held, address)) {
            return held;
        }
        long revision = register.revision();
        Optional<PublicListing> official = register.officialAt(address);
        Prepared answer = official
                .map(listing -> prepared(listing.verdict(), revision, listing.stamp()))
                .orElseGet(() -> prepared(PublicAnswers.Verdict.notOfficial(
                        register.resemblances(address, config.maxResemblances())), revision, null));
        beforeKeeping.beforeKeeping(address, answer);
        keep(verdicts, address, answer);
        return answer;
    }

    /** For tests only: sets the {@link BeforeKeepingSeam}; null sets it back to nothing. */
    void beforeKeeping(BeforeKeepingSeam seam) {
        beforeKeeping = seam == null ? BeforeKeepingSeam.NONE : seam;
    }

    /**
     * The entity's public accounts; empty when there is no such entity. Blocks while the register has never been
     * loaded, and to look for an entity that it does not know.
     */
    public Optional<Prepared> entityAccounts(String code) {
        register.ensureLoaded();
        Prepared held = entityAccounts.getIfPresent(code);
        if (held != null && held.revision() == register.revision()) {
            return Optional.of(held);
        }
        long revision = register.revision();
        Optional<PublicAnswers.Entity> entity = register.entity(code);
        if (entity.isEmpty()) {
            entity = register.entityFromDatabase(code);
        }
        return entity.map(found -> {
            Prepared answer = prepared(new PublicAnswers.EntityAccounts(found, register.entityAccounts(code)),
                    revision, null);
            keep(entityAccounts, code, answer);
            return answer;
        });
    }

    /** Whether the entity is known in memory, so that its accounts can be answered without blocking. */
    public boolean knowsEntity(String code) {
        return register.loaded() && register.entity(code).isPresent();
    }

    /** Whether a held answer still says what the register says. */
    private boolean isCurrent(Prepared held, AccountAddress address) {
        if (held.revision() == register.revision()) {
            return true;
        }
        if (held.stamp() == null) {
            return false; // "not official" depends on every account, through the look-alikes
        }
        return register.officialAt(address).map(listing -> listing.stamp().equals(held.stamp())).orElse(false);
    }

    /** Keeps {@code answer} unless a newer one is held already. */
    private static <K> void keep(Cache<K, Prepared> cache, K key, Prepared answer) {
        cache.asMap().merge(key, answer, (held, offered) -> offered.isNewerThan(held) ? offered : held);
    }

    private Prepared prepared(Object body, long revision, PublicListing.Stamp stamp) {
        try {
            byte[] json = objectMapper.writeValueAsBytes(body);
            return new Prepared(json, etagOf(json), revision, stamp);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A public answer could not be written", impossible);
        }
    }

    /** A strong entity tag: the answer's own hash, so equal answers have equal tags across instances. */
    static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
