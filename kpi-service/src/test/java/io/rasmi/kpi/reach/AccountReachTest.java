package io.rasmi.kpi.reach;

import static io.rasmi.kpi.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.AccountReach;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.EventType;
import io.rasmi.events.Platform;
import io.rasmi.events.Topics;
import io.rasmi.kpi.Fixtures;
import io.rasmi.testkit.KafkaTestConsumer;

/**
 * An ingested batch that changes an account's newest FOLLOWERS total announces it on the compacted
 * {@code rasmi.kpi.account-reach.v1}, read back from the real broker and checked against its schema; anything that
 * leaves the newest total as it was announces nothing.
 */
@QuarkusTest
class AccountReachTest {

    private static final String PATH = "/api/v1/kpi/observations";

    @Inject
    Fixtures fixtures;

    private static void ingest(String csv) {
        as("moh", "publisher").contentType("text/csv").body(csv).post(PATH).then().statusCode(200);
    }

    private static List<AccountReach> announced(UUID account, Duration wait) {
        List<ConsumerRecord<String, String>> records = KafkaTestConsumer.records(Topics.KPI_ACCOUNT_REACH, wait,
                record -> account.toString().equals(record.key()));
        records.forEach(record -> EventContract.assertValid(record.key(), record.value()));
        return records.stream().map(record -> EventCodec.read(record.value()))
                .peek(event -> assertThat(event.type()).isEqualTo(EventType.KPI_ACCOUNT_REACH.type()))
                .map(event -> EventCodec.payload(event, AccountReach.class)).toList();
    }

    private static AccountReach awaitVersion(UUID account, int version) {
        ConsumerRecord<String, String> record = KafkaTestConsumer.awaitRecord(Topics.KPI_ACCOUNT_REACH,
                Duration.ofSeconds(60), r -> account.toString().equals(r.key())
                        && EventCodec.payload(EventCodec.read(r.value()), AccountReach.class).version() == version);
        EventContract.assertValid(record.key(), record.value());
        return EventCodec.payload(EventCodec.read(record.value()), AccountReach.class);
    }

    @Test
    void shouldAnnounceTheNewestFollowersTotalOnlyWhenABatchChangesIt() {
        UUID account = fixtures.account("moh", Platform.FACEBOOK);
        ingest("accountId,date,metric,value,gender\n"
                + account + ",2026-10-05,FOLLOWERS,250000,\n"
                + account + ",2026-10-05,FOLLOWERS,140000,MALE\n"
                + account + ",2026-10-04,FOLLOWERS,249000,\n"
                + account + ",2026-10-05,REACH,90000,\n");

        AccountReach first = awaitVersion(account, 1);
        assertThat(first).isEqualTo(new AccountReach(account, "moh", 250_000, LocalDate.of(2026, 10, 5), 1));

        // the same export again, an older day's total, and a newer day sent only as breakdowns: the total stands
        ingest("accountId,date,metric,value,gender\n" + account + ",2026-10-05,FOLLOWERS,250000,\n");
        ingest("accountId,date,metric,value,gender\n"
                + account + ",2026-10-01,FOLLOWERS,240000,\n"
                + account + ",2026-10-06,FOLLOWERS,150000,MALE\n"
                + account + ",2026-10-06,FOLLOWERS,101000,FEMALE\n");
        // a newer day's total moves it
        ingest("accountId,date,metric,value\n" + account + ",2026-10-07,FOLLOWERS,252500\n");

        AccountReach second = awaitVersion(account, 2);
        assertThat(second).isEqualTo(new AccountReach(account, "moh", 252_500, LocalDate.of(2026, 10, 7), 2));
        assertThat(announced(account, Duration.ofSeconds(5))).extracting(AccountReach::version)
                .containsExactly(1, 2);
    }

    @Test
    void shouldAnnounceACorrectedTotalOfTheNewestDay() {
        UUID account = fixtures.account("moh", Platform.X);
        ingest("accountId,date,metric,value\n" + account + ",2026-10-05,FOLLOWERS,1200\n");
        awaitVersion(account, 1);

        ingest("accountId,date,metric,value\n" + account + ",2026-10-05,FOLLOWERS,1250\n");

        assertThat(awaitVersion(account, 2).followers()).isEqualTo(1250);
    }
}
