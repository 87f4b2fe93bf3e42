package io.rasmi.account.passwords;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.lifecycle.AccountStates.ACCOUNTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;
import io.rasmi.account.lifecycle.AccountStates;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaTestConsumer;

/**
 * A password passes through and leaves nothing readable behind: not in the log at any level, an answer, an event,
 * an audit row or any table; only its Argon2id hash and its keyed fingerprint are kept, and the fingerprint shows
 * nowhere else either.
 */
@QuarkusTest
class PasswordSecrecyTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    @Test
    void shouldLeaveThePasswordNowhereButAsAnArgon2idHash() throws Exception {
        String id = AccountStates.proposed("moh");
        String other = AccountStates.proposed("moh");
        String password = "Sesame#" + UUID.randomUUID().toString().replace("-", "").substring(0, 16) + "!7";
        String weak = "weakpass" + UUID.randomUUID().toString().substring(0, 4);
        List<String> answers = new ArrayList<>();

        int[] traced = { 0 };
        List<String> logLines = captureLogs(traced, () -> {
            answers.add(as("moh", "it-security").body(Map.of("newPassword", password))
                    .post(ACCOUNTS + "/" + id + "/password-rotations").then().statusCode(201).extract().asString());
            // refusals of each kind, which must not repeat it either
            answers.add(as("moh", "it-security").body(Map.of("newPassword", password))
                    .post(ACCOUNTS + "/" + id + "/password-rotations").then().statusCode(422).extract().asString());
            answers.add(as("moh", "it-security").body(Map.of("newPassword", password))
                    .post(ACCOUNTS + "/" + other + "/password-rotations").then().statusCode(422).extract().asString());
            answers.add(as("moh", "it-security").body(Map.of("newPassword", weak))
                    .post(ACCOUNTS + "/" + other + "/password-rotations").then().statusCode(422).extract().asString());
            answers.add(as("moh", "it-security").body(Map.of("newPassword", password + "x".repeat(300)))
                    .post(ACCOUNTS + "/" + other + "/password-rotations").then().statusCode(400).extract().asString());
            answers.add(as("moh", "it-security").body("{\"newPassword\": \"" + password + "\", \"oops\": 1}")
                    .post(ACCOUNTS + "/" + other + "/password-rotations").then().statusCode(400).extract().asString());
            answers.add(as("moh", "it-security").body("{\"newPassword\": \"" + password + "\"")
                    .post(ACCOUNTS + "/" + other + "/password-rotations").then().statusCode(400).extract().asString());
            answers.add(as("moh", "it-security").get(ACCOUNTS + "/" + id + "/password-rotations")
                    .then().statusCode(200).extract().asString());
            // the event goes out through the outbox relay while the logs are captured
            AccountStates.events(id, "io.rasmi.account.password-rotated.v1", 1);
        });

        assertThat(logLines).as("captured log lines").isNotEmpty();
        assertThat(traced[0]).as("lines captured at TRACE").isPositive();
        assertThat(logLines).anySatisfy(line -> assertThat(line).contains("password_rotation"));
        assertThat(logLines).noneSatisfy(line -> assertThat(line).contains(password));
        assertThat(logLines).noneSatisfy(line -> assertThat(line).contains(weak));
        assertThat(answers).noneSatisfy(answer -> assertThat(answer).contains(password));
        assertThat(answers).noneSatisfy(answer -> assertThat(answer).contains(weak));

        List<ConsumerRecord<String, String>> events = KafkaTestConsumer.allRecords(Topics.ACCOUNT_EVENTS,
                Duration.ofSeconds(10));
        assertThat(events).anySatisfy(event -> assertThat(event.key()).isEqualTo(id));
        assertThat(events).noneSatisfy(event -> assertThat(event.value()).contains(password));

        Map<String, List<String>> texts = everyTextInTheDatabase();
        assertThat(texts).containsKey("audit_entry.details");
        assertThat(texts.get("password_rotation.password_hash")).isNotEmpty()
                .allSatisfy(hash -> assertThat(hash).startsWith("$argon2id$"));
        texts.forEach((column, values) -> assertThat(values).as(column)
                .noneSatisfy(value -> assertThat(value).contains(password))
                .noneSatisfy(value -> assertThat(value).contains(weak)));

        // The keyed fingerprint beside the hash is secret-derived: in no log line, answer, event or other column.
        List<String> fingerprints = fingerprintsOf(id);
        assertThat(fingerprints).isNotEmpty();
        for (String fingerprint : fingerprints) {
            assertThat(logLines).noneSatisfy(line -> assertThat(line).containsIgnoringCase(fingerprint));
            assertThat(answers).noneSatisfy(answer -> assertThat(answer).containsIgnoringCase(fingerprint));
            assertThat(events).noneSatisfy(event -> assertThat(event.value()).containsIgnoringCase(fingerprint));
            texts.forEach((column, values) -> {
                if (!column.equals("password_rotation.password_fingerprint")) {
                    assertThat(values).as(column).noneSatisfy(value -> assertThat(value).containsIgnoringCase(fingerprint));
                }
            });
        }
    }

    /** The account's fingerprints as hex and as base64, the forms in which a leak would show. */
    private List<String> fingerprintsOf(String accountId) throws SQLException {
        List<String> forms = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select encode(password_fingerprint, 'hex'), "
                        + "encode(password_fingerprint, 'base64') from password_rotation where account_id = '"
                        + UUID.fromString(accountId) + "' and password_fingerprint is not null")) {
            while (rows.next()) {
                forms.add(rows.getString(1));
                forms.add(rows.getString(2));
            }
        }
        return forms;
    }

    @Test
    void shouldNotPrintThePasswordOfARequest() {
        assertThat(new PasswordRotationRequest("Secret#12345abc").toString()).doesNotContain("Secret#12345abc");
    }

    /** Every value of every text-like column of every table, as {@code table.column -> values}. */
    private Map<String, List<String>> everyTextInTheDatabase() throws SQLException {
        Map<String, List<String>> texts = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    select table_name, column_name from information_schema.columns
                    where table_schema = current_schema()
                      and data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')""")) {
                while (rows.next()) {
                    columns.add(new String[] { rows.getString(1), rows.getString(2) });
                }
            }
            for (String[] column : columns) {
                List<String> values = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery(
                        "select \"" + column[1] + "\"::text from \"" + column[0] + "\"")) {
                    while (rows.next()) {
                        if (rows.getString(1) != null) {
                            values.add(rows.getString(1));
                        }
                    }
                }
                texts.put(column[0] + "." + column[1], values);
            }
        }
        return texts;
    }

    /**
     * Runs {@code action} with every logger of the application at TRACE, and answers every line logged meanwhile,
     * with its parameters and stack traces. The console keeps its usual level, so the build log stays readable.
     */
    private static List<String> captureLogs(int[] traced, Runnable action) {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLoggerName() != null && record.getLoggerName().startsWith("org.apache.http")) {
                    return; // the test's own HTTP client, which prints what the test sends
                }
                if (record.getLevel().intValue() <= Level.FINER.intValue()) {
                    traced[0]++;
                }
                StringBuilder line = new StringBuilder(record.getLoggerName()).append(' ');
                line.append(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
                if (record.getParameters() != null) {
                    for (Object parameter : record.getParameters()) {
                        line.append(" | ").append(parameter);
                    }
                }
                if (record.getThrown() != null) {
                    StringWriter trace = new StringWriter();
                    record.getThrown().printStackTrace(new PrintWriter(trace));
                    line.append('\n').append(trace);
                }
                lines.add(line.toString());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        Level rootLevel = root.getLevel();
        Map<Handler, Level> handlerLevels = new HashMap<>();
        for (Handler handler : root.getHandlers()) {
            handlerLevels.put(handler, handler.getLevel());
            handler.setLevel(Level.INFO);
        }
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        try {
            action.run();
        } finally {
            root.setLevel(rootLevel);
            root.removeHandler(capture);
            handlerLevels.forEach(Handler::setLevel);
        }
        return new ArrayList<>(lines);
    }
}
