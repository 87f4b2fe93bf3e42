package io.rasmi.kpi.observations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.postgresql.PGConnection;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.rasmi.events.Platform;
import io.rasmi.kpi.config.KpiConfig;
import io.rasmi.kpi.reach.ReachAnnouncer;
import io.rasmi.platform.idempotency.IdempotentRequests;
import io.rasmi.platform.problem.Problem;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.problem.ProblemMessages;
import io.rasmi.platform.problem.ProblemType;

/**
 * Takes in a batch of figures (G9.2): each line is read and checked as it streams in, written to a staging table with
 * COPY, and the whole batch then lands in one upsert on (account, metric, day, dimensions). All or nothing: one bad
 * line and nothing is stored, and the refusal names each bad line (up to {@code kpi.ingest.max-violations}).
 */
@ApplicationScoped
public class ObservationIngest {

    static final String OPERATION = "POST /api/v1/kpi/observations";

    private static final String UPSERT = "with upserted as ("
            + " insert into kpi_observation as o (account_id, metric, obs_date, age_bracket, governorate, gender, value,"
            + " entity, first_ingested_at, ingested_at)"
            + " select account_id, metric, obs_date, age_bracket, governorate, gender, value, ?, ?, ? from "
            + StagingCopy.TABLE
            + " on conflict (account_id, metric, obs_date, age_bracket, governorate, gender)"
            + " do update set value = excluded.value, ingested_at = excluded.ingested_at"
            + " where o.value is distinct from excluded.value"
            // (xmax = 0 cannot be asked of a partitioned table)
            + " returning (o.first_ingested_at = o.ingested_at) as inserted)"
            + " select count(*) filter (where inserted), count(*) filter (where not inserted) from upserted";
    private static final String DUPLICATES = "select min(line), max(line) from " + StagingCopy.TABLE
            + " group by account_id, metric, obs_date, age_bracket, governorate, gender having count(*) > 1"
            + " order by 1 limit ?";
    /** SQLSTATE of an upsert that would change one row twice: the batch repeats a figure's key. */
    private static final String CARDINALITY_VIOLATION = "21000";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    ObservationPartitions partitions;

    @Inject
    ProblemMessages messages;

    @Inject
    KpiConfig config;

    @Inject
    Clock clock;

    @Inject
    ReachAnnouncer reach;

    /** One batch, in one transaction; {@code body} is read once, as it arrives. */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "kpi.ingest.timeout-seconds")
    public Response ingest(String entity, BatchFormat format, InputStream body, String idempotencyKey, Locale locale) {
        MessageDigest sha256 = sha256();
        try (Connection connection = dataSource.getConnection()) {
            try (Statement create = connection.createStatement()) {
                create.execute(StagingCopy.CREATE);
            }
            Staged staged = stage(connection, entity, format, new DigestInputStream(body, sha256), locale);
            // The body's own hash stands for the request: the same bytes in the same format replay the answer.
            Map<String, String> fingerprint = Map.of("format", format.name(),
                    "sha256", HexFormat.of().formatHex(sha256.digest()));
            return idempotentRequests.execute(entity, idempotencyKey, OPERATION, fingerprint, () -> {
                partitions.ensure(staged.months());
                IngestReport report = upsert(connection, entity, staged.lines(), locale);
                reach.announceChanged(connection, StagingCopy.TABLE);
                return Response.ok(report).build();
            });
        } catch (SQLException failed) {
            throw new IllegalStateException("The batch could not be stored", failed);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private record Staged(long lines, Set<YearMonth> months) {
    }

    private Staged stage(Connection connection, String entity, BatchFormat format, InputStream body, Locale locale)
            throws SQLException, IOException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        // A day ahead of UTC: Baghdad's today is tomorrow in UTC for three hours each night.
        // Read before the COPY starts: while it runs, its connection (the transaction's) answers nothing else.
        Map<UUID, Platform> own = accountsOf(entity);
        LineChecks checks = new LineChecks(accountId -> Optional.ofNullable(own.get(accountId)),
                config.ingest().earliestDate(), today.plusDays(1), config.ingest().maxViolations());
        Set<YearMonth> months = new TreeSet<>();
        StagingCopy copy = new StagingCopy(connection.unwrap(PGConnection.class).getCopyAPI());
        long lines = 0;
        try {
            BatchReader reader = format.reader(body);
            RawLine raw;
            while (!checks.full() && (raw = reader.next()) != null) {
                lines++;
                ObservationLine line = checks.check(raw);
                if (line != null && checks.problemCount() == 0) {
                    copy.write(line);
                    months.add(YearMonth.from(line.date()));
                }
            }
        } catch (BatchSyntaxError broken) {
            checks.malformed(broken.problem());
        } catch (RuntimeException | IOException | SQLException failed) {
            copy.cancel();
            throw failed;
        }
        if (checks.problemCount() > 0) {
            copy.cancel();
            throw refusal(checks, locale);
        }
        if (lines == 0) {
            copy.cancel();
            throw new ProblemException(ProblemType.VALIDATION, "kpi.batch.empty", null,
                    List.of(new Problem.Violation("body", messages.text("kpi.batch.empty", locale, null))));
        }
        copy.finish();
        return new Staged(lines, months);
    }

    /** The entity's accounts and their platforms: a few hundred at most, unlike the batch. */
    private Map<UUID, Platform> accountsOf(String entity) {
        Map<UUID, Platform> own = new java.util.HashMap<>();
        entityManager.createQuery("select a.id, a.platform from KnownAccount a where a.entity = ?1", Object[].class)
                .setParameter(1, entity)
                .getResultStream()
                .forEach(row -> own.put((UUID) row[0], (Platform) row[1]));
        return own;
    }

    private IngestReport upsert(Connection connection, String entity, long lines, Locale locale) {
        try {
            // As SQL: the pool refuses the JDBC savepoint calls on a connection enlisted in a transaction.
            try (Statement savepoint = connection.createStatement()) {
                savepoint.execute("savepoint before_upsert");
            }
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setString(1, entity);
                Timestamp now = Timestamp.from(clock.instant());
                upsert.setTimestamp(2, now);
                upsert.setTimestamp(3, now);
                try (ResultSet counts = upsert.executeQuery()) {
                    counts.next();
                    long inserted = counts.getLong(1);
                    long updated = counts.getLong(2);
                    return new IngestReport(lines, inserted, updated, lines - inserted - updated);
                }
            } catch (SQLException failed) {
                if (!CARDINALITY_VIOLATION.equals(failed.getSQLState())) {
                    throw failed;
                }
                try (Statement back = connection.createStatement()) {
                    back.execute("rollback to savepoint before_upsert");
                }
                throw duplicates(connection, locale);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("The batch could not be stored", failed);
        }
    }

    /** The batch gives one figure twice (same account, metric, day and dimensions): each pair named by its lines. */
    private ProblemException duplicates(Connection connection, Locale locale) throws SQLException {
        List<Problem.Violation> violations = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(DUPLICATES)) {
            query.setInt(1, config.ingest().maxViolations());
            try (ResultSet pairs = query.executeQuery()) {
                while (pairs.next()) {
                    LineProblem problem = new LineProblem(pairs.getInt(2), null, "kpi.line.duplicate", pairs.getInt(1));
                    violations.add(violation(problem, locale));
                }
            }
        }
        return new ProblemException(ProblemType.VALIDATION, "kpi.batch.invalid", null, violations,
                String.valueOf(violations.size()));
    }

    /** Malformed lines first (400), then another entity's accounts (404), then unreported metrics (422, G9.1). */
    private ProblemException refusal(LineChecks checks, Locale locale) {
        List<LineProblem> all = new ArrayList<>();
        all.addAll(checks.malformed);
        all.addAll(checks.unknownAccounts);
        all.addAll(checks.unreported);
        all.sort((a, b) -> Integer.compare(a.line(), b.line()));
        List<Problem.Violation> violations = all.stream()
                .map(problem -> violation(problem, locale))
                .toList();
        if (!checks.malformed.isEmpty()) {
            return new ProblemException(ProblemType.VALIDATION, "kpi.batch.invalid", null, violations,
                    String.valueOf(all.size()));
        }
        if (!checks.unknownAccounts.isEmpty()) {
            return new ProblemException(ProblemType.NOT_FOUND, "kpi.batch.account-not-found", null, violations,
                    String.valueOf(checks.unknownAccounts.size()));
        }
        return new ProblemException(ProblemType.RULE_VIOLATED, "kpi.batch.metric-not-reported", "G9.1", violations,
                String.valueOf(checks.unreported.size()));
    }

    /** Numbers as plain digits: a line number is 1234, never 1,234. */
    private Problem.Violation violation(LineProblem problem, Locale locale) {
        Object[] arguments = java.util.Arrays.stream(problem.arguments())
                .map(argument -> argument instanceof Number number ? number.toString() : argument)
                .toArray();
        return new Problem.Violation(problem.violationField(), messages.text(problem.messageKey(), locale, arguments));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
