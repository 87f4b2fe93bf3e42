package io.rasmi.account.passwords;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.lifecycle.AccountStates.ACCOUNTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;
import io.rasmi.account.lifecycle.AccountStates;

/**
 * Latency of a password rotation through the API for an entity of 10 accounts and one of 300, each account with a
 * current password. Not part of the default run; run it on demand:
 *
 * <pre>
 * ./mvnw -B -ntp -pl account-service -am verify -Dtest.excludedGroups=none -Dgroups=benchmark \
 *     -Dtest=PasswordRotationBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.rotations=20]
 * </pre>
 *
 * Each rotation gives one of the entity's accounts a new password, so it is checked against the account's history
 * and the other accounts' current passwords. One Argon2id hash per rotation is the floor (the new password must be
 * hashed); the reuse checks should add little to it, whatever the entity's size. Sequential, loopback only; on a
 * shared machine compare the two sizes rather than the absolute figures.
 */
@QuarkusTest
@Tag("benchmark")
class PasswordRotationBenchmark {

    private static final int ROTATIONS = Integer.getInteger("benchmark.rotations", 20);
    private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 5);

    @Inject
    PasswordFingerprints fingerprints;

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    @Test
    void shouldPrintRotationLatencyForEntitiesOf10And300Accounts() {
        List<String> results = new ArrayList<>();
        for (int accounts : new int[] { 10, 300 }) {
            String entity = AccountStates.freshEntity();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < accounts; i++) {
                String id = AccountStates.proposed(entity);
                seedCurrentPassword(entity, id, AccountStates.strongPassword());
                ids.add(id);
            }
            for (int i = 0; i < WARM_UP; i++) {
                rotate(entity, ids.get(i % ids.size()));
            }
            long verificationsBefore = Argon2id.verifications();
            long[] nanos = new long[ROTATIONS];
            for (int i = 0; i < ROTATIONS; i++) {
                long started = System.nanoTime();
                rotate(entity, ids.get(i % ids.size()));
                nanos[i] = System.nanoTime() - started;
            }
            long verifications = Argon2id.verifications() - verificationsBefore;
            java.util.Arrays.sort(nanos);
            String line = String.format(Locale.ROOT, "password rotation, entity of %3d accounts: p50 %7.1f ms  "
                    + "p99 %7.1f ms  (%d rotations, %.1f Argon2id verifications per rotation)", accounts,
                    percentile(nanos, 50), percentile(nanos, 99), ROTATIONS, (double) verifications / ROTATIONS);
            System.out.println(line);
            results.add(line);
        }
        assertThat(results).hasSize(2);
    }

    private static void rotate(String entity, String id) {
        as(entity, "it-security").body(Map.of("newPassword", AccountStates.strongPassword()))
                .post(ACCOUNTS + "/" + id + "/password-rotations").then().statusCode(201);
    }

    /** The account's current password, written straight into the table as a rotation through the API would. */
    private void seedCurrentPassword(String entity, String id, String password) {
        Instant at = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.requiringNew().run(() -> {
            PasswordRotation rotation = new PasswordRotation();
            rotation.id = UUID.randomUUID();
            rotation.accountId = UUID.fromString(id);
            rotation.entityCode = entity;
            rotation.passwordHash = Argon2id.hash(password);
            rotation.passwordFingerprint = fingerprints.of(password);
            rotation.fingerprintKeyId = fingerprints.keyId();
            rotation.currentPassword = true;
            rotation.rotatedAt = at;
            rotation.nextDueAt = at.plus(Duration.ofDays(90));
            rotation.rotatedBy = "benchmark";
            rotation.persist();
        });
    }

    private static double percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
    }
}
