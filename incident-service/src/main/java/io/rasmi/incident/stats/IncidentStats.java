package io.rasmi.incident.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.rasmi.platform.problem.ProblemException;

/** Figures over incidents reported in a period, for one entity or (for the CERT) all of them. */
@ApplicationScoped
public class IncidentStats {

    /** The period when none is given: the last 30 days. */
    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** {@code entity} null means every entity. */
    @Transactional
    public IncidentStatsView of(String entity, String fromText, String toText) {
        Instant to = toText == null || toText.isBlank() ? clock.instant() : instant("to", toText);
        Instant from = fromText == null || fromText.isBlank() ? to.minus(DEFAULT_PERIOD) : instant("from", fromText);
        if (!from.isBefore(to)) {
            throw ProblemException.invalidField("from", "stats.period-empty");
        }
        String where = " from incident where reported_at >= ?1 and reported_at < ?2"
                + (entity == null ? "" : " and entity = ?3");
        long total = ((Number) query("select count(*)" + where, entity, from, to).getSingleResult()).longValue();
        return new IncidentStatsView(from, to, total, counts("type", where, entity, from, to),
                counts("severity", where, entity, from, to), counts("state", where, entity, from, to),
                durations("triaged_at", where, entity, from, to), durations("contained_at", where, entity, from, to));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> counts(String column, String where, String entity, Instant from, Instant to) {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : (List<Object[]>) query("select " + column + ", count(*)" + where + " group by " + column,
                entity, from, to).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private IncidentStatsView.Durations durations(String column, String where, String entity, Instant from,
            Instant to) {
        String seconds = "extract(epoch from (" + column + " - reported_at))";
        Object[] row = (Object[]) query("select count(" + column + "), avg(" + seconds + "), "
                + "percentile_cont(0.9) within group (order by " + seconds + ")" + where + " and " + column
                + " is not null", entity, from, to).getSingleResult();
        return new IncidentStatsView.Durations(((Number) row[0]).longValue(),
                row[1] == null ? null : ((Number) row[1]).doubleValue(),
                row[2] == null ? null : ((Number) row[2]).doubleValue());
    }

    private jakarta.persistence.Query query(String sql, String entity, Instant from, Instant to) {
        jakarta.persistence.Query query = entityManager.createNativeQuery(sql).setParameter(1, from)
                .setParameter(2, to);
        return entity == null ? query : query.setParameter(3, entity);
    }

    private static Instant instant(String field, String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            throw ProblemException.invalidField(field, "stats.not-an-instant", text.strip());
        }
    }
}
