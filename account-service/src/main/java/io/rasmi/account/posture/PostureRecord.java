package io.rasmi.account.posture;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rasmi.account.registry.OfficialAccount;

/**
 * The last recorded posture of an account: its score, the clauses it failed, and since when each control has had
 * its status. It is what {@code posture-changed} compares against.
 */
@Entity
@Table(name = "account_posture")
public class PostureRecord extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "entity_code", nullable = false)
    public String entityCode;

    @Column(nullable = false)
    public int score;

    /** Failing clauses in control order, comma-separated. */
    @Column(name = "failing_clauses", nullable = false)
    public String failingClauses;

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;

    public List<String> failing() {
        return failingClauses.isEmpty() ? List.of() : Arrays.asList(failingClauses.split(","));
    }

    record ControlState(ControlStatus status, Instant since) {
    }

    static Map<String, ControlState> controlStates(UUID accountId) {
        Map<String, ControlState> states = new HashMap<>();
        List<?> rows = Panache.getEntityManager()
                .createNativeQuery("select clause, status, since from account_posture_control where account_id = ?1")
                .setParameter(1, accountId).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            states.put((String) columns[0], new ControlState(ControlStatus.valueOf((String) columns[1]),
                    toInstant(columns[2])));
        }
        return states;
    }

    /** Writes the account's record as one upsert, so two first evaluations at once cannot both insert it. */
    static void record(OfficialAccount account, PostureReport report, Instant now) {
        Panache.getEntityManager().createNativeQuery(
                "insert into account_posture (account_id, entity_code, score, failing_clauses, evaluated_at) "
                        + "values (?1, ?2, ?3, ?4, ?5) on conflict (account_id) do update set "
                        + "entity_code = excluded.entity_code, score = excluded.score, "
                        + "failing_clauses = excluded.failing_clauses, evaluated_at = excluded.evaluated_at")
                .setParameter(1, account.id).setParameter(2, account.entityCode).setParameter(3, report.score())
                .setParameter(4, String.join(",", report.failingClauses())).setParameter(5, now)
                .executeUpdate();
        for (PostureReport.Control control : report.controls()) {
            Panache.getEntityManager().createNativeQuery(
                    "insert into account_posture_control (account_id, clause, status, since) values (?1, ?2, ?3, ?4) "
                            + "on conflict (account_id, clause) do update set status = excluded.status, "
                            + "since = case when account_posture_control.status = excluded.status "
                            + "then account_posture_control.since else excluded.since end")
                    .setParameter(1, account.id).setParameter(2, control.clause())
                    .setParameter(3, control.status().name()).setParameter(4, control.since())
                    .executeUpdate();
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return Instant.parse(value.toString());
    }
}
