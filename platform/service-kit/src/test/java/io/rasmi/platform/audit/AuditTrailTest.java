package io.rasmi.platform.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

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
