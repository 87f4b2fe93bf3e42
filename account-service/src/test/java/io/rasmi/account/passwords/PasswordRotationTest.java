package io.rasmi.account.passwords;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.Callers.entityAdmin;
import static io.rasmi.account.lifecycle.AccountStates.ACCOUNTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;
import io.rasmi.account.lifecycle.AccountStates;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.EventContract;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class PasswordRotationTest {

    @Inject
    DataSource dataSource;

    @Inject
    PasswordFingerprints fingerprints;

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    private static long rotations() {
        return QuarkusTransaction.requiringNew().call(() -> PasswordRotation.count());
    }

    private static ValidatableResponse rotate(String entity, String role, String id, String password) {
        return as(entity, role).body(Map.of("newPassword", password))
                .post(ACCOUNTS + "/" + id + "/password-rotations").then();
    }

    private static String handleOf(String id) {
        return entityAdmin("moh").get(ACCOUNTS + "/" + id).then().extract().path("handle");
    }

    @Test
    void shouldRecordARotationDueAgainIn90Days() {
        String id = AccountStates.proposed("moh");
        Instant before = Instant.now();
        ValidatableResponse response = rotate("moh", "entity-admin", id, AccountStates.strongPassword())
                .statusCode(201);
        Instant rotatedAt = Instant.parse(response.extract().path("rotatedAt"));
        Instant nextDueAt = Instant.parse(response.extract().path("nextDueAt"));
        assertThat(rotatedAt).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(Duration.between(rotatedAt, nextDueAt)).isEqualTo(Duration.ofDays(90));
        response.body("keySet()", equalTo(java.util.Set.of("rotatedAt", "nextDueAt")));

        rotate("moh", "it-security", id, AccountStates.strongPassword()).statusCode(201);
        as("moh", "it-security").get(ACCOUNTS + "/" + id + "/password-rotations")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items", hasSize(2))
                .body("items[0].rotatedBy", equalTo("moh-it-security"))
                .body("items[1].rotatedBy", equalTo("moh-entity-admin"))
                .body("items[0].keySet()", equalTo(java.util.Set.of("rotatedAt", "nextDueAt", "rotatedBy")));

        List<ConsumerRecord<String, String>> events = AccountStates.events(id,
                "io.rasmi.account.password-rotated.v1", 2);
        assertThat(events).hasSize(2);
        events.forEach(event -> EventContract.assertValid(event.key(), event.value()));
    }

    @Test
    void shouldUseTheEntitysShorterPeriod() {
        String entity = AccountStates.freshEntity();
        entityAdmin(entity).get("/api/v1/password-policy")
                .then().statusCode(200).body("rotationDays", equalTo(90)).body("entitySet", equalTo(false));
        entityAdmin(entity).body(Map.of("rotationDays", 30)).put("/api/v1/password-policy")
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("rotationDays", equalTo(30))
                .body("entitySet", equalTo(true));
        entityAdmin(entity).header("If-Match", "\"0\"").body(Map.of("rotationDays", 45))
                .put("/api/v1/password-policy")
                .then().statusCode(200).header("ETag", "\"1\"").body("rotationDays", equalTo(45));

        String id = AccountStates.proposed(entity);
        ValidatableResponse response = rotate(entity, "entity-admin", id, AccountStates.strongPassword())
                .statusCode(201);
        assertThat(Duration.between(Instant.parse(response.extract().path("rotatedAt")),
                Instant.parse(response.extract().path("nextDueAt")))).isEqualTo(Duration.ofDays(45));
        // another entity keeps its own period
        entityAdmin("mohe").get("/api/v1/password-policy").then().statusCode(200).body("entitySet", equalTo(false));
    }

    @Test
    void shouldRefuseAPolicyLongerThanTheGuidelineOrOutOfRange() {
        int before = entityAdmin("moh").get("/api/v1/password-policy").then().extract().path("rotationDays");
        entityAdmin("moh").body(Map.of("rotationDays", 91)).put("/api/v1/password-policy")
                .then().statusCode(422).body("clause", equalTo("G6.g"));
        entityAdmin("moh").body(Map.of("rotationDays", 0)).put("/api/v1/password-policy")
                .then().statusCode(400).body("violations.field", hasItem("rotationDays"));
        entityAdmin("moh").body(Map.of()).put("/api/v1/password-policy").then().statusCode(400);
        entityAdmin("moh").header("If-Match", "\"41\"").body(Map.of("rotationDays", 45))
                .put("/api/v1/password-policy").then().statusCode(412);
        entityAdmin("moh").get("/api/v1/password-policy").then().body("rotationDays", equalTo(before));
        for (String role : List.of("publisher", "it-security", "management")) {
            as("moh", role).get("/api/v1/password-policy").then().statusCode(403);
            as("moh", role).body(Map.of("rotationDays", 30)).put("/api/v1/password-policy").then().statusCode(403);
        }
    }

    static Stream<Arguments> weakPasswords() {
        return Stream.of(
                Arguments.of("11 characters", "Ab3!efgh5jk"),
                Arguments.of("no digit", "Abcdefgh!jklmn"),
                Arguments.of("no symbol", "Abcdefgh5jklmn"),
                Arguments.of("no letter", "1234567!901234"),
                Arguments.of("only spaces as symbols", "Abcd efgh 5jkl"),
                Arguments.of("the entity code", "xx-MoH-2026!ab"),
                Arguments.of("the handle", "<handle>#2026!"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weakPasswords")
    void shouldRefuseAWeakPasswordAndStoreNothing(String why, String password) {
        String id = AccountStates.proposed("moh");
        String candidate = password.replace("<handle>", handleOf(id).toUpperCase());
        long before = rotations();
        String body = rotate("moh", "entity-admin", id, candidate)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("clause", equalTo("G6.f"))
                .extract().asString();
        assertThat(body).doesNotContain(candidate);
        assertThat(rotations()).isEqualTo(before);
    }

    @Test
    void shouldAcceptArabicLettersAndDigits() {
        String id = AccountStates.proposed("moh");
        rotate("moh", "entity-admin", id, "كلمة-سر-" + UUID.randomUUID().toString().substring(0, 8) + "٣")
                .statusCode(201);
    }

    @Test
    void shouldRefuseAPasswordAnotherAccountOfTheEntityUses() {
        String entity = AccountStates.freshEntity();
        String first = AccountStates.proposed(entity);
        String second = AccountStates.proposed(entity);
        String password = AccountStates.strongPassword();
        rotate(entity, "entity-admin", first, password).statusCode(201);
        long before = rotations();
        rotate(entity, "entity-admin", second, password)
                .statusCode(422)
                .body("clause", equalTo("G6.f"));
        assertThat(rotations()).isEqualTo(before);

        // another entity's account may have it: the rule is one password per account of the entity
        String other = AccountStates.freshEntity();
        rotate(other, "entity-admin", AccountStates.proposed(other), password).statusCode(201);
        // once the first account moved on, its old password is free for another
        rotate(entity, "entity-admin", first, AccountStates.strongPassword()).statusCode(201);
        rotate(entity, "entity-admin", second, password).statusCode(201);
    }

    @Test
    void shouldRefuseAPasswordTheAccountUsed30RotationsAgo() {
        String entity = AccountStates.freshEntity();
        String id = AccountStates.proposed(entity);
        String first = AccountStates.strongPassword();
        rotate(entity, "it-security", id, first).statusCode(201);
        String latest = first;
        for (int i = 0; i < 30; i++) {
            latest = AccountStates.strongPassword();
            rotate(entity, "it-security", id, latest).statusCode(201);
        }

        // G6.g "never reuse": the whole history, not the last 24
        long before = rotations();
        rotate(entity, "it-security", id, first).statusCode(422).body("clause", equalTo("G6.g"));
        rotate(entity, "it-security", id, latest).statusCode(422).body("clause", equalTo("G6.g"));
        assertThat(rotations()).isEqualTo(before);
        assertThat(QuarkusTransaction.requiringNew().call(() -> PasswordRotation.count("accountId",
                UUID.fromString(id)))).isEqualTo(31);
    }

    @Test
    void shouldCheckReuseByFingerprintWithoutAnyArgon2idVerification() {
        String entity = AccountStates.freshEntity();
        List<String> accounts = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = AccountStates.proposed(entity);
            rotate(entity, "entity-admin", id, AccountStates.strongPassword()).statusCode(201);
            String password = AccountStates.strongPassword();
            rotate(entity, "entity-admin", id, password).statusCode(201);
            accounts.add(id);
            current.add(password);
        }
        String first = accounts.get(0);
        String oldOfFirst = AccountStates.strongPassword();

        long verificationsBefore = Argon2id.verifications();
        rotate(entity, "it-security", first, oldOfFirst).statusCode(201);
        rotate(entity, "it-security", first, AccountStates.strongPassword()).statusCode(201);
        rotate(entity, "it-security", first, oldOfFirst).statusCode(422).body("clause", equalTo("G6.g"));
        rotate(entity, "it-security", first, current.get(5)).statusCode(422).body("clause", equalTo("G6.f"));
        // Neither the other accounts' passwords nor this account's history cost an Argon2id verification.
        assertThat(Argon2id.verifications() - verificationsBefore).isZero();

        // the fingerprint is stored beside the hash of every rotation, with the id of the key that made it
        List<PasswordRotation> history = QuarkusTransaction.requiringNew()
                .call(() -> PasswordRotation.history(UUID.fromString(first)).list());
        assertThat(history).hasSize(4).allSatisfy(rotation -> {
            assertThat(rotation.passwordFingerprint).hasSize(32);
            assertThat(rotation.fingerprintKeyId).isEqualTo(fingerprints.keyId());
        });
        assertThat(history).filteredOn(rotation -> rotation.currentPassword).hasSize(1)
                .first().extracting(rotation -> rotation.id).isEqualTo(history.get(0).id);
    }

    @Test
    void shouldStillRefuseAPasswordKeptOnlyAsAnArgon2idHashFromBeforeFingerprints() {
        String entity = AccountStates.freshEntity();
        String id = AccountStates.proposed(entity);
        String other = AccountStates.proposed(entity);
        String ownOld = AccountStates.strongPassword();
        String othersCurrent = AccountStates.strongPassword();
        Instant at = Instant.now().minus(Duration.ofDays(10));
        recordLegacyRotation(entity, id, ownOld, at, false);
        recordLegacyRotation(entity, other, othersCurrent, at, true);

        long verificationsBefore = Argon2id.verifications();
        rotate(entity, "it-security", id, ownOld).statusCode(422).body("clause", equalTo("G6.g"));
        rotate(entity, "it-security", id, othersCurrent).statusCode(422).body("clause", equalTo("G6.f"));
        // only the rows without a fingerprint were verified: the own one twice, the other account's once
        assertThat(Argon2id.verifications() - verificationsBefore).isEqualTo(3);

        // once the other account rotated, its row without a fingerprint is history and costs nothing for this one
        rotate(entity, "it-security", other, AccountStates.strongPassword()).statusCode(201);
        long beforeRotation = Argon2id.verifications();
        rotate(entity, "it-security", id, othersCurrent).statusCode(201);
        assertThat(Argon2id.verifications() - beforeRotation).as("only this account's own old row").isEqualTo(1);
    }

    /** A rotation as recorded before fingerprints: an Argon2id hash only. */
    private static void recordLegacyRotation(String entity, String id, String password, Instant at, boolean current) {
        QuarkusTransaction.requiringNew().run(() -> {
            PasswordRotation rotation = new PasswordRotation();
            rotation.id = UUID.randomUUID();
            rotation.accountId = UUID.fromString(id);
            rotation.entityCode = entity;
            rotation.passwordHash = Argon2id.hash(password);
            rotation.currentPassword = current;
            rotation.rotatedAt = at;
            rotation.nextDueAt = at.plus(Duration.ofDays(90));
            rotation.rotatedBy = "test";
            rotation.persist();
        });
    }

    @Test
    void shouldRefuseTheSecondOfTwoAccountsRacingToTheSamePassword() throws Exception {
        String entity = AccountStates.freshEntity();
        String first = AccountStates.proposed(entity);
        String second = AccountStates.proposed(entity);
        String password = AccountStates.strongPassword();
        long before = rotations();

        // The first account's rotation to the password is written but not committed yet, as if it were running now.
        try (Connection racing = dataSource.getConnection()) {
            racing.setAutoCommit(false);
            try (PreparedStatement insert = racing.prepareStatement("""
                    insert into password_rotation (id, account_id, entity_code, password_hash, password_fingerprint,
                        fingerprint_key_id, is_current, rotated_at, next_due_at, rotated_by)
                    values (?, ?, ?, ?, ?, ?, true, now(), now() + interval '90 days', 'racing')""")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, UUID.fromString(first));
                insert.setString(3, entity);
                insert.setString(4, Argon2id.hash(password));
                insert.setBytes(5, fingerprints.of(password));
                insert.setString(6, fingerprints.keyId());
                insert.executeUpdate();
            }
            // The second account's rotation sees nothing committed, so its checks pass; the database makes it wait
            // on the first one's index entry, with no lock of the entity in between.
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<ValidatableResponse> secondRotation = pool.submit(
                        () -> rotate(entity, "entity-admin", second, password));
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(this::waitingOnALock);
                racing.commit();
                secondRotation.get(30, TimeUnit.SECONDS).statusCode(422).body("clause", equalTo("G6.f"));
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(rotations()).isEqualTo(before + 1);
        // and the account that lost may take another password
        rotate(entity, "entity-admin", second, AccountStates.strongPassword()).statusCode(201);
    }

    /** Whether a statement writing a rotation is waiting for a lock held by another transaction. */
    private boolean waitingOnALock() throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select count(*) from pg_stat_activity
                        where wait_event_type = 'Lock' and query ilike 'insert into password_rotation%'""")) {
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    @Test
    void shouldKeepOnlyAnArgon2idHashWithItsOwnSalt() {
        String entity = AccountStates.freshEntity();
        String other = AccountStates.freshEntity();
        String first = AccountStates.proposed(entity);
        String second = AccountStates.proposed(other);
        String password = AccountStates.strongPassword();
        rotate(entity, "entity-admin", first, password).statusCode(201);
        rotate(other, "entity-admin", second, password).statusCode(201);
        List<String> hashes = QuarkusTransaction.requiringNew().call(() -> List.of(
                PasswordRotation.latest(UUID.fromString(first)).orElseThrow().passwordHash,
                PasswordRotation.latest(UUID.fromString(second)).orElseThrow().passwordHash));
        assertThat(hashes).allSatisfy(hash -> assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
                .doesNotContain(password));
        assertThat(hashes.get(0)).isNotEqualTo(hashes.get(1));
        assertThat(Argon2id.matches(password, hashes.get(0))).isTrue();
        assertThat(Argon2id.matches(password + "x", hashes.get(0))).isFalse();
    }

    @Test
    void shouldRefuseInvalidBodies() {
        String id = AccountStates.proposed("moh");
        long before = rotations();
        entityAdmin("moh").body(Map.of()).post(ACCOUNTS + "/" + id + "/password-rotations")
                .then().statusCode(400).body("violations.field", hasItem("newPassword"));
        entityAdmin("moh").body(Map.of("newPassword", "A1!" + "x".repeat(300)))
                .post(ACCOUNTS + "/" + id + "/password-rotations")
                .then().statusCode(400).body("violations.field", hasItem("newPassword"));
        entityAdmin("moh").body(Map.of("newPassword", AccountStates.strongPassword(), "note", "x"))
                .post(ACCOUNTS + "/" + id + "/password-rotations")
                .then().statusCode(400);
        assertThat(rotations()).isEqualTo(before);
    }

    @Test
    void shouldKeepOtherEntitiesRolesAndArchivedAccountsOut() {
        String id = AccountStates.proposed("moh");
        long before = rotations();
        rotate("mohe", "entity-admin", id, AccountStates.strongPassword()).statusCode(404);
        as("mohe", "it-security").get(ACCOUNTS + "/" + id + "/password-rotations").then().statusCode(404);
        for (String role : List.of("publisher", "approver", "moderator", "management")) {
            rotate("moh", role, id, AccountStates.strongPassword()).statusCode(403);
            as("moh", role).get(ACCOUNTS + "/" + id + "/password-rotations").then().statusCode(403);
        }
        String archived = AccountStates.in("moh", AccountStatus.ARCHIVED);
        rotate("moh", "entity-admin", archived, AccountStates.strongPassword()).statusCode(409);
        assertThat(rotations()).isEqualTo(before);
    }
}
