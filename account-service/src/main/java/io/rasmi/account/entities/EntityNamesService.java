package io.rasmi.account.entities;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.http.Versions;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;
import io.rasmi.text.TextNormalizer;

/** The names and handle patterns of an entity (G6.d), which the posture report's name check compares against. */
@ApplicationScoped
public class EntityNamesService {

    @Inject
    Clock clock;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Caller caller;

    /** The entity's names; platform administrators see any entity's, anyone else only their own (else 404). */
    @Transactional
    public EntityNamesView get(String code) {
        if (!caller.hasRole(Roles.PLATFORM_ADMIN) && !caller.entityIfAny().map(code::equals).orElse(false)) {
            throw ProblemException.notFound("entity.not-found");
        }
        GovernmentEntity entity = GovernmentEntity.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("entity.not-found"));
        return EntityNamesView.of(entity, EntityNames.findById(code));
    }

    /**
     * Replaces the caller's own entity's names and patterns; another entity answers 404. Names that normalise to the
     * same text, and patterns equal but for case, are kept once. An unchanged set changes nothing.
     */
    @Transactional
    public EntityNamesView replace(String code, String ifMatch, EntityNamesRequest request) {
        if (!caller.entityIfAny().map(code::equals).orElse(false)) {
            throw ProblemException.notFound("entity.not-found");
        }
        GovernmentEntity entity = GovernmentEntity.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("entity.not-found"));
        EntityNames names = EntityNames.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (ifMatch != null) {
            Versions.requireMatch(ifMatch, names == null ? 0 : names.version);
        }
        List<String> wantedNames = distinct(request.names(), TextNormalizer::normalize);
        List<String> wantedPatterns = distinct(request.handlePatterns(), pattern -> pattern.toLowerCase(Locale.ROOT));
        if (names != null && names.names.equals(wantedNames) && names.handlePatterns.equals(wantedPatterns)) {
            return EntityNamesView.of(entity, names);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean first = names == null;
        if (first) {
            names = new EntityNames();
            names.entityCode = code;
        }
        names.names.clear();
        names.names.addAll(wantedNames);
        names.handlePatterns.clear();
        names.handlePatterns.addAll(wantedPatterns);
        names.updatedAt = now;
        names.updatedBy = caller.username();
        if (first) {
            names.persist();
        }
        EntityNames.flush();
        auditTrail.record(code, "entity.names-changed", "government-entity", code,
                Map.of("names", wantedNames.size(), "handlePatterns", String.join(",", wantedPatterns)));
        return EntityNamesView.of(entity, names);
    }

    private static List<String> distinct(List<String> values, java.util.function.Function<String, String> key) {
        Set<String> seen = new HashSet<>();
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            String stripped = value.strip();
            if (seen.add(key.apply(stripped))) {
                kept.add(stripped);
            }
        }
        return kept;
    }
}
