package io.rasmi.platform.idempotency;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;
import io.rasmi.platform.RasmiConfig;
import io.rasmi.platform.json.Fingerprints;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.problem.ProblemType;

/**
 * {@code Idempotency-Key} for creating POSTs that a client may retry: the first answer is stored with the
 * change, in one transaction; the same key with the same body replays it, the same key with another body is 422.
 * Keys are scoped by the caller's entity (or user), so two entities never collide.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Clock clock;

    @Inject
    RasmiConfig config;

    /**
     * Runs {@code action} once per key. Must be called inside the transaction of the change, so the stored answer
     * commits or rolls back with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Response execute(String scope, String key, String operation, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new ProblemException(ProblemType.VALIDATION, "idempotency.key-invalid", null,
                    List.of(new io.rasmi.platform.problem.Problem.Violation(HEADER, null)));
        }
        String fingerprint = fingerprint(operation, request);
        List<?> stored = entityManager.createNativeQuery(
                "select request_hash, status, body, location from idempotency_record where scope = ?1 and idem_key = ?2")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        if (!stored.isEmpty()) {
            Object[] row = (Object[]) stored.get(0);
            if (!fingerprint.equals(row[0])) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "idempotency.key-reused", null, null);
            }
            Response.ResponseBuilder replay = Response.status(((Number) row[1]).intValue())
                    .header(REPLAYED_HEADER, "true");
            if (row[2] != null) {
                replay.entity(row[2]).type(MediaType.APPLICATION_JSON);
            }
            if (row[3] != null) {
                replay.location(URI.create((String) row[3]));
            }
            return replay.build();
        }
        Response response = action.get();
        int inserted = entityManager.createNativeQuery(
                "insert into idempotency_record (scope, idem_key, operation, request_hash, status, body, location, created_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, operation)
                .setParameter(4, fingerprint).setParameter(5, response.getStatus())
                .setParameter(6, bodyOf(response))
                .setParameter(7, response.getHeaderString(HttpHeaders.LOCATION))
                .setParameter(8, clock.instant())
                .executeUpdate();
        if (inserted == 0) {
            // A concurrent request with the same key committed first; this one's change must not land twice.
            throw ProblemException.conflict("idempotency.key-in-flight");
        }
        return response;
    }

    @Scheduled(every = "1h", delayed = "5m", identity = "idempotency-purge")
    @Transactional
    void purgeExpired() {
        entityManager.createNativeQuery("delete from idempotency_record where created_at < ?1")
                .setParameter(1, clock.instant().minus(config.idempotency().retention()))
                .executeUpdate();
    }

    private String bodyOf(Response response) {
        Object entity = response.getEntity();
        if (entity == null) {
            return null;
        }
        try {
            return entity instanceof String text ? text : objectMapper.writeValueAsString(entity);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("An idempotent answer could not be stored", unwritable);
        }
    }

    private static String fingerprint(String operation, Object request) {
        return Fingerprints.sha256(operation, Fingerprints.canonicalJson(request));
    }
}
