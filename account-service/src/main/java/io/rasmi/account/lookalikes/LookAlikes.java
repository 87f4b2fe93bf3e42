package io.rasmi.account.lookalikes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.rasmi.account.verification.PublicRegister;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.Platform;
import io.rasmi.text.ComparableName;
import io.rasmi.text.NameSimilarity;
import io.rasmi.text.Similarity;

/**
 * Ranks official accounts by how much a name resembles them: the searched handle and display name against each
 * account's handle, Arabic and English display names and its entity's names, with {@link NameSimilarity}
 * (Arabic normalisation, transliteration, confusable characters, edit distance). Every entity's public accounts
 * are ranked, since an impersonator copies whichever ministry it likes, and the caller's own in every status.
 */
@ApplicationScoped
public class LookAlikes {

    @Inject
    EntityManager entityManager;

    @Inject
    LookAlikeConfig config;

    /** Names analysed once: the same strings come back on every request. */
    private Cache<String, ComparableName> prepared;

    /** What is searched: a handle, a display name, or both, maybe on one platform. */
    public record Query(Platform platform, String handle, String displayName) {
    }

    /** An official account that resembles the query, before it is shown to anyone. */
    public record Match(UUID accountId, String entityCode, Platform platform, String handle, String displayNameAr,
            String displayNameEn, AccountStatus status, double similarity, List<String> reasons) {
    }

    /** One official account and the names it can be resembled by. */
    private record Candidate(UUID accountId, String entityCode, Platform platform, String handle,
            String displayNameAr, String displayNameEn, AccountStatus status, String entityNameAr,
            String entityNameEn) {
    }

    @PostConstruct
    void prepareCache() {
        prepared = Caffeine.newBuilder().maximumSize(config.preparedNames()).build();
    }

    /**
     * The official accounts that {@code entity} may see and that {@code query} resembles at least as much as the
     * threshold, best first (then those on the searched platform, then by handle), at most {@code limit}. An entity
     * sees its own accounts in every status, and other entities' only when public (ACTIVE or COMPROMISED, G3.3):
     * what another entity proposes, or has suspended, is not for it to know.
     */
    @Transactional
    public List<Match> rank(Query query, String entity, int limit) {
        ComparableName handle = name(query.handle());
        ComparableName displayName = name(query.displayName());
        List<Match> matches = new ArrayList<>();
        for (Candidate candidate : candidates(entity)) {
            Best best = new Best();
            for (ComparableName searched : List.of(handle, displayName)) {
                if (searched.isEmpty()) {
                    continue;
                }
                best.offer(searched, name(candidate.handle()), LookAlikeReason.SIMILAR_HANDLE);
                best.offer(searched, name(candidate.displayNameAr()), LookAlikeReason.SIMILAR_DISPLAY_NAME);
                best.offer(searched, name(candidate.displayNameEn()), LookAlikeReason.SIMILAR_DISPLAY_NAME);
                best.offer(searched, name(candidate.entityNameAr()), LookAlikeReason.SIMILAR_ENTITY_NAME);
                best.offer(searched, name(candidate.entityNameEn()), LookAlikeReason.SIMILAR_ENTITY_NAME);
            }
            if (best.similarity == null || best.similarity.score() < config.threshold()) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            reasons.add(best.where.name());
            best.similarity.reasons().forEach(reason -> reasons.add(reason.name()));
            if (candidate.platform() == query.platform()) {
                reasons.add(LookAlikeReason.SAME_PLATFORM.name());
            }
            matches.add(new Match(candidate.accountId(), candidate.entityCode(), candidate.platform(),
                    candidate.handle(), candidate.displayNameAr(), candidate.displayNameEn(), candidate.status(),
                    Math.round(best.similarity.score() * 1000) / 1000.0, List.copyOf(reasons)));
        }
        matches.sort(Comparator.comparingDouble(Match::similarity).reversed()
                .thenComparing(match -> match.platform() != query.platform())
                .thenComparing(Match::handle, String.CASE_INSENSITIVE_ORDER));
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : List.copyOf(matches);
    }

    private List<Candidate> candidates(String entity) {
        List<Object[]> rows = entityManager.createQuery("""
                select a.id, a.entityCode, a.platform, a.handle, a.displayNameAr, a.displayNameEn, a.status,
                       e.nameAr, e.nameEn
                from OfficialAccount a, GovernmentEntity e
                where e.code = a.entityCode and (a.entityCode = :entity or a.status in :public)""", Object[].class)
                .setParameter("entity", entity)
                .setParameter("public", PublicRegister.PUBLIC)
                .getResultList();
        return rows.stream()
                .map(row -> new Candidate((UUID) row[0], (String) row[1], (Platform) row[2], (String) row[3],
                        (String) row[4], (String) row[5], (AccountStatus) row[6], (String) row[7], (String) row[8]))
                .toList();
    }

    private ComparableName name(String text) {
        return text == null || text.isBlank() ? ComparableName.of(null) : prepared.get(text, ComparableName::of);
    }

    /** The most similar pair of names so far, and which official name it was. */
    private static final class Best {
        Similarity similarity;
        LookAlikeReason where;

        void offer(ComparableName searched, ComparableName official, LookAlikeReason reason) {
            if (official.isEmpty()) {
                return;
            }
            Similarity candidate = NameSimilarity.compare(searched, official);
            if (similarity == null || candidate.score() > similarity.score()) {
                similarity = candidate;
                where = reason;
            }
        }
    }
}
