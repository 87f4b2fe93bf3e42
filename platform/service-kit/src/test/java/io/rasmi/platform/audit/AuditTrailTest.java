package io.rasmi.platform.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.testkit.TestTokens;
import io.restassured.http.ContentType;

@QuarkusTest
class AuditTrailTest {

    @Inject
    AuditTrail auditTrail;

    @Inject
    EntityManager entityManager;

    private static void createNote(String title) {
        given().auth().oauth2(TestTokens.user("moh-admin").entity("moh").roles("entity-admin").token())
                .header("X-Request-Id", "req-" + title)
                .contentType(ContentType.JSON).body("{\"title\":\"" + title + "\"}")
                .post("/api/v1/test-notes").then().statusCode(201);
    }

    @Test
    void shouldRecordWhoDidWhatAndKeepTheChainIntact() {
        createNote("audited-1");
        createNote("audited-2");

        AuditEntry last = QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.<AuditEntry>find("order by seq desc").firstResult());
        assertThat(last.actor).isEqualTo("moh-admin");
        assertThat(last.entity).isEqualTo("moh");
        assertThat(last.action).isEqualTo("note.created");
        assertThat(last.requestId).isEqualTo("req-audited-2");
        assertThat(last.details).contains("audited-2");
        assertThat(auditTrail.verify().intact()).isTrue();
    }

    @Test
    void shouldDetectAnEditedRow() {
        createNote("to-tamper");
        AuditEntry target = QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.<AuditEntry>find("order by seq desc").firstResult());
        try {
            rewriteActor(target.seq, "mallory");
            AuditVerification verification = auditTrail.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(target.seq);
        } finally {
            rewriteActor(target.seq, target.actor);
        }
        assertThat(auditTrail.verify().intact()).isTrue();
    }

    @Test
    void shouldRefuseToRewriteHistory() {
        createNote("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from audit_entry").executeUpdate()))
                .hasStackTraceContaining("append-only");
    }

    @Test
    void shouldLetOnlyPlatformAdminsVerifyOverHttp() {
        createNote("verified");
        given().auth().oauth2(TestTokens.user("platform-admin").roles("platform-admin").token())
                .get("/api/v1/audit/verification")
                .then().statusCode(200)
                .body("intact", equalTo(true));
        given().auth().oauth2(TestTokens.user("moh-admin").entity("moh").roles("entity-admin").token())
                .get("/api/v1/audit/verification")
                .then().statusCode(403);
    }

    @Test
    void shouldKeepOneChainPerEntity() {
        String first = "chain-a-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "chain-b-" + UUID.randomUUID().toString().substring(0, 8);
        AuditEntry a1 = recordFor(first);
        AuditEntry b1 = recordFor(second);
        AuditEntry a2 = recordFor(first);

        assertThat(a1.previousHash).isEqualTo(AuditTrail.GENESIS);
        assertThat(b1.previousHash).isEqualTo(AuditTrail.GENESIS);
        assertThat(a2.previousHash).isEqualTo(a1.hash);
        assertThat(a2.chain).isEqualTo(first);
        AuditVerification verification = auditTrail.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.chain(first)).hasValueSatisfying(chain -> assertThat(chain.rowsChecked()).isEqualTo(2));
        assertThat(verification.chain(second)).hasValueSatisfying(chain -> assertThat(chain.rowsChecked()).isEqualTo(1));
        assertThat(QuarkusTransaction.requiringNew().call(() -> auditTrail.record(null, "platform.thing", "thing", 1,
                Map.of()).chain)).isEqualTo(AuditTrail.PLATFORM_CHAIN);
    }

    @Test
    void shouldNameTheTamperedChainAndLeaveTheOthersIntact() {
        String tampered = "tampered-" + UUID.randomUUID().toString().substring(0, 8);
        String untouched = "untouched-" + UUID.randomUUID().toString().substring(0, 8);
        AuditEntry target = recordFor(tampered);
        recordFor(tampered);
        recordFor(untouched);
        try {
            rewriteActor(target.seq, "mallory");
            AuditVerification verification = auditTrail.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.chain(tampered)).hasValueSatisfying(chain -> {
                assertThat(chain.intact()).isFalse();
                assertThat(chain.firstBrokenSeq()).isEqualTo(target.seq);
            });
            assertThat(verification.chain(untouched)).hasValueSatisfying(chain -> assertThat(chain.intact()).isTrue());
            assertThat(verification.chains()).filteredOn(chain -> !chain.intact())
                    .extracting(AuditVerification.Chain::chain).containsExactly(tampered);
        } finally {
            rewriteActor(target.seq, target.actor);
        }
        assertThat(auditTrail.verify().intact()).isTrue();
    }

    @Test
    void shouldNotMakeOneEntitysWriteWaitForAnothersChain() throws Exception {
        String busy = "busy-" + UUID.randomUUID().toString().substring(0, 8);
        String other = "other-" + UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // one transaction appends to the busy entity's chain and keeps its lock until told to end
            Future<?> holder = threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                auditTrail.record(busy, "test.hold", "thing", 1, Map.of());
                holding.countDown();
                await().atMost(Duration.ofMinutes(2)).until(() -> release.getCount() == 0);
            }));
            assertThat(holding.await(60, TimeUnit.SECONDS)).isTrue();

            Future<AuditEntry> write = threads.submit(() -> QuarkusTransaction.requiringNew()
                    .call(() -> auditTrail.record(other, "test.write", "thing", 2, Map.of())));
            await().atMost(Duration.ofSeconds(30)).until(write::isDone);
            assertThat(write.get().chain).isEqualTo(other);

            release.countDown();
            holder.get(60, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            threads.shutdown();
        }
        assertThat(auditTrail.verify().intact()).isTrue();
    }

    @Test
    void shouldStillVerifyTheSingleChainWrittenBeforeChainsPerEntity() {
        // rows as kit 0.1 wrote them: one chain for everyone, which the migration named ~until-0.3
        String marker = UUID.randomUUID().toString();
        long before = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("chain = ?1",
                AuditTrail.CHAIN_UNTIL_0_3));
        QuarkusTransaction.requiringNew().run(() -> {
            List<String> last = entityManager.createQuery(
                    "select hash from AuditEntry where chain = ?1 order by seq desc", String.class)
                    .setParameter(1, AuditTrail.CHAIN_UNTIL_0_3).setMaxResults(1).getResultList();
            String previous = last.isEmpty() ? AuditTrail.GENESIS : last.get(0);
            for (String entity : new String[] { "moh", null, "mohe" }) {
                AuditEntry old = new AuditEntry();
                old.chain = AuditTrail.CHAIN_UNTIL_0_3;
                old.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                old.entity = entity;
                old.actor = "system";
                old.action = "old.action";
                old.recordType = "thing";
                old.recordId = marker;
                old.previousHash = previous;
                old.hash = AuditTrail.hashOf(old);
                old.persist();
                previous = old.hash;
            }
        });

        AuditVerification verification = auditTrail.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.chain(AuditTrail.CHAIN_UNTIL_0_3))
                .hasValueSatisfying(chain -> assertThat(chain.rowsChecked()).isEqualTo(before + 3));
    }

    private AuditEntry recordFor(String entity) {
        return QuarkusTransaction.requiringNew()
                .call(() -> auditTrail.record(entity, "test.recorded", "thing", UUID.randomUUID(), Map.of("n", 1)));
    }

    /** What an attacker with database access would do: switch the guard off and edit a row. */
    private void rewriteActor(long seq, String actor) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("alter table audit_entry disable trigger audit_entry_append_only")
                    .executeUpdate();
            entityManager.createNativeQuery("update audit_entry set actor = ?1 where seq = ?2")
                    .setParameter(1, actor).setParameter(2, seq).executeUpdate();
            entityManager.createNativeQuery("alter table audit_entry enable trigger audit_entry_append_only")
                    .executeUpdate();
        });
    }
}
