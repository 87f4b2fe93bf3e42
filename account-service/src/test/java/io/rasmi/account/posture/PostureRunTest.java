package io.rasmi.account.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;
import io.rasmi.account.lifecycle.AccountStates;

/** The posture run: one failing account stops no other, two evaluations at once record once, replicas run once. */
@QuarkusTest
class PostureRunTest {

    @Inject
    PostureService posture;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void demoEntities() {
        Fixtures.registerDemoEntities();
    }

    private long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private void execute(String sql) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(sql).executeUpdate());
    }

    @Test
    void shouldRecordOnceAndAnnounceOnceWhenTwoFirstEvaluationsRunAtOnce() throws Exception {
        UUID id = UUID.fromString(AccountStates.proposed(AccountStates.freshEntity()));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            // A third transaction holds the record's key, uncommitted: both evaluations find no record yet and meet
            // at the write, whatever the scheduling of the threads.
            Future<?> holder = threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("insert into account_posture (account_id, entity_code, score, "
                        + "failing_clauses, evaluated_at) select id, entity_code, 0, '', now() from official_account "
                        + "where id = ?1").setParameter(1, id).executeUpdate();
                held.countDown();
                try {
                    release.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                // Gone again at commit, as if it had never been: the evaluations then write their own.
                entityManager.createNativeQuery("delete from account_posture where account_id = ?1")
                        .setParameter(1, id).executeUpdate();
            }));
            assertThat(held.await(60, TimeUnit.SECONDS)).isTrue();
            Future<PostureReport> first = threads.submit(() -> posture.reevaluate(id));
            Future<PostureReport> second = threads.submit(() -> posture.reevaluate(id));
            await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from pg_stat_activity "
                    + "where datname = current_database() and wait_event_type = 'Lock'") >= 2);
            release.countDown();
            holder.get(60, TimeUnit.SECONDS);

            assertThat(first.get(60, TimeUnit.SECONDS).failingClauses())
                    .isEqualTo(second.get(60, TimeUnit.SECONDS).failingClauses());
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
        assertThat(count("select count(*) from account_posture where account_id = ?1", id)).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where message_key = ?1 and event_type like ?2",
                id.toString(), "%posture-changed%")).as("the second evaluation found the first's record").isEqualTo(1);
    }

    @Test
    void shouldGoOnPastAnAccountWhoseEvaluationFailsAndCountIt() {
        String entity = AccountStates.freshEntity();
        UUID refused = UUID.fromString(AccountStates.proposed(entity));
        UUID healthy = UUID.fromString(AccountStates.proposed(entity));
        // A real database failure for one account: its record cannot be written.
        execute("create or replace function posture_run_test_refuse() returns trigger language plpgsql as "
                + "$$ begin raise exception 'refused by the test'; end $$");
        execute("create trigger posture_run_test_refuse before insert or update on account_posture for each row "
                + "when (new.account_id = '" + refused + "') execute function posture_run_test_refuse()");
        PostureService.PostureRun run;
        try {
            run = posture.reevaluateAll();
        } finally {
            execute("drop trigger posture_run_test_refuse on account_posture");
            execute("drop function posture_run_test_refuse()");
        }

        assertThat(run.failed()).isGreaterThanOrEqualTo(1);
        assertThat(run.accounts()).isGreaterThanOrEqualTo(2);
        assertThat(count("select count(*) from account_posture where account_id = ?1", refused)).isZero();
        assertThat(count("select count(*) from account_posture where account_id = ?1", healthy)).isEqualTo(1);
    }

    @Test
    void shouldRunEachScheduledTimeOnceAcrossReplicas() throws Exception {
        // A time no other test claims: the daily run of some day in the 2090s.
        Instant slot = Instant.parse("2090-01-01T02:15:00Z")
                .plus(Duration.ofDays(Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 3000)));
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        List<Optional<PostureService.PostureRun>> runs;
        try {
            Future<Optional<PostureService.PostureRun>> one = replicas.submit(() -> posture.reevaluateAllOnce(slot));
            Future<Optional<PostureService.PostureRun>> other = replicas
                    .submit(() -> posture.reevaluateAllOnce(slot.plusSeconds(3)));
            runs = List.of(one.get(120, TimeUnit.SECONDS), other.get(120, TimeUnit.SECONDS));
        } finally {
            replicas.shutdownNow();
        }

        assertThat(runs).filteredOn(Optional::isPresent).hasSize(1);
        assertThat(posture.reevaluateAllOnce(slot.plus(Duration.ofDays(1)))).as("the next day runs").isPresent();
    }
}
