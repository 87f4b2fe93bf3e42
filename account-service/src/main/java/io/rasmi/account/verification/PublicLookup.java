package io.rasmi.account.verification;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.rasmi.account.verification.PublicAnswers.Prepared;

/**
 * The public answers, ready to send: JSON and entity tag computed once and kept in memory, so a repeated question
 * costs a map lookup. They are kept fresh by the service's own account events ({@link PublicAnswerRefresher}):
 * an event about an account drops the answers about it, about its entity, and every "not official" answer (whose
 * look-alikes may have changed). A maximum age bounds how stale an answer can be if an event were missed.
 *
 * <p>A generation counter, moved by every change, keeps an answer read from the database before a change from
 * being cached after the change's event was applied.
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
    /** Where each cached official account was found, to drop its answer when only its id is known. */
    private final Map<UUID, AccountAddress> addressOfAccount = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

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

    /** The answer about {@code address} if it is in memory; never blocks. */
    public Prepared cachedVerdict(AccountAddress address) {
        return verdicts.getIfPresent(address);
    }

    /** The answer about {@code address}, read from the database if needed; blocks. */
    public Prepared verdict(AccountAddress address) {
        Prepared cached = verdicts.getIfPresent(address);
        if (cached != null) {
            return cached;
        }
        return loaded(() -> {
            PublicRegister.Found found = register.verdict(address);
            return prepared(found.verdict(), found.accountId(), found.accountId() != null);
        }, prepared -> {
            if (prepared.accountId() != null) {
                addressOfAccount.put(prepared.accountId(), address);
            }
            verdicts.put(address, prepared);
        });
    }

    /** The entity's public accounts if in memory; never blocks. */
    public Prepared cachedEntityAccounts(String code) {
        return entityAccounts.getIfPresent(code);
    }

    /** The entity's public accounts, read from the database if needed; empty when there is no such entity. Blocks. */
    public Optional<Prepared> entityAccounts(String code) {
        Prepared cached = entityAccounts.getIfPresent(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        long before = generation.get();
        Optional<Prepared> answer = register.entityAccounts(code).map(accounts -> prepared(accounts, null, true));
        if (answer.isPresent() && generation.get() == before) {
            entityAccounts.put(code, answer.get());
        }
        return answer;
    }

    /**
     * An account changed: drop what was said about it (at its old and, if known, its new address), about its
     * entity, and every "not official" answer.
     */
    public void accountChanged(UUID accountId, String entity, AccountAddress currentAddress) {
        generation.incrementAndGet();
        AccountAddress previous = addressOfAccount.remove(accountId);
        if (previous != null) {
            verdicts.invalidate(previous);
        }
        if (currentAddress != null) {
            verdicts.invalidate(currentAddress);
        }
        if (entity != null) {
            entityAccounts.invalidate(entity);
        }
        verdicts.asMap().values().removeIf(prepared -> !prepared.official());
    }

    /** Drops every answer: when events may have been missed. */
    public void forgetAll() {
        generation.incrementAndGet();
        verdicts.invalidateAll();
        entityAccounts.invalidateAll();
        addressOfAccount.clear();
    }

    private Prepared loaded(Supplier<Prepared> load, Consumer<Prepared> keep) {
        long before = generation.get();
        Prepared prepared = load.get();
        if (generation.get() == before) {
            keep.accept(prepared);
        }
        return prepared;
    }

    private Prepared prepared(Object body, UUID accountId, boolean official) {
        try {
            byte[] json = objectMapper.writeValueAsBytes(body);
            return new Prepared(json, etagOf(json), accountId, official);
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
