package io.rasmi.incident.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.AccountReach;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.EventType;
import io.rasmi.events.Topics;
import io.rasmi.incident.Callers;
import io.rasmi.incident.Fixtures;

/**
 * Follower counts from kpi-service's compacted reach topic (sent on the real broker as kpi-service writes them)
 * rate an incident's severity: a large reach one step up, a small one a step down, an unknown one not at all.
 */
@QuarkusTest
class ReachSeverityTest {

    @Inject
    EntityManager entityManager;

    private void reach(UUID account, int followers, int version) {
        AccountReach payload = new AccountReach(account, "moh", followers, LocalDate.of(2026, 10, 5), version);
        String value = EventCodec.write(CloudEvent.of(EventType.KPI_ACCOUNT_REACH, account.toString(), "moh", payload,
                Instant.now()));
        EventContract.assertValid(account.toString(), value);
        Fixtures.send(Topics.KPI_ACCOUNT_REACH, account.toString(), value);
    }

    private Long kept(UUID account) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> followers = entityManager
                    .createNativeQuery("select followers from account_reach where account_id = ?1")
                    .setParameter(1, account).getResultList();
            return followers.isEmpty() ? null : ((Number) followers.get(0)).longValue();
        });
    }

    private static String severityOfDefacement(UUID account) {
        String id = Fixtures.reported("moh", "DEFACEMENT", account);
        return Callers.itSecurity("moh").get("/api/v1/incidents/" + id).then().statusCode(200)
                .extract().path("severity");
    }

    @Test
    void shouldRateAnIncidentOnALargeAccountHigherThanOneOfUnknownReach() {
        UUID large = Fixtures.account("moh", false);
        UUID small = Fixtures.account("moh", false);
        UUID unknown = Fixtures.account("moh", false);
        reach(large, 250_000, 1);
        reach(small, 300, 1);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> kept(large) != null && kept(small) != null);

        // DEFACEMENT is MEDIUM by its type (see SeverityTable)
        assertThat(severityOfDefacement(large)).isEqualTo("HIGH");
        assertThat(severityOfDefacement(unknown)).isEqualTo("MEDIUM");
        assertThat(severityOfDefacement(small)).isEqualTo("LOW");
        // one account of unknown reach beside a small one: it may be large, so nothing is lowered
        String both = Fixtures.reported("moh", "DEFACEMENT", small, unknown);
        assertThat(Callers.itSecurity("moh").get("/api/v1/incidents/" + both).then().extract().<String>path("severity"))
                .isEqualTo("MEDIUM");
    }

    @Test
    void shouldKeepTheNewestVersionOfAnAccountsReach() {
        UUID account = Fixtures.account("moh", false);
        reach(account, 2_000_000, 3);
        reach(account, 500, 2);
        UUID marker = Fixtures.account("moh", false);
        reach(marker, 10, 1);
        // the topic's partition is read in order: once the marker is kept, the older version was read and refused
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> kept(marker) != null);
        assertThat(kept(account)).isEqualTo(2_000_000L);
    }
}
