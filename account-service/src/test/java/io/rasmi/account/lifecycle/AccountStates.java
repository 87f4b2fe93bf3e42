package io.rasmi.account.lifecycle;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.Callers.entityAdmin;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rasmi.account.Callers;
import io.rasmi.account.Fixtures;
import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.EventCodec;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaTestConsumer;
import io.restassured.response.ValidatableResponse;

/** Accounts in a given state, for the tests of the lifecycle and what hangs on it. */
public final class AccountStates {

    public static final String ACCOUNTS = "/api/v1/accounts";

    private AccountStates() {
    }

    /** A new PROPOSED account of the entity, through the API. */
    public static String proposed(String entity) {
        if (entity.equals("moh") || entity.equals("mohe")) {
            return Fixtures.proposeAccount(entity);
        }
        return entityAdmin(entity).body(Fixtures.account(Fixtures.uniqueHandle(), "social@" + entity + ".gov.iq"))
                .post(ACCOUNTS).then().statusCode(201).extract().path("id");
    }

    /**
     * A newly registered entity of its own, for tests whose checks grow with the entity's accounts (a new password
     * is compared with the one every other account of the entity uses). Its domain is {@code <code>.gov.iq}.
     */
    public static String freshEntity() {
        // 't' and hex digits: a code that strongPassword() can never contain
        String code = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Callers.platformAdmin().body(Map.of("code", code, "nameAr", "هيئة الاختبار", "nameEn", "Test Authority",
                "kind", "MINISTRY", "websiteUrl", "https://" + code + ".gov.iq", "emailDomains",
                List.of(code + ".gov.iq"))).post("/api/v1/entities").then().statusCode(201);
        return code;
    }

    /**
     * A new account put straight into {@code status} in the database, as if its history had led there; a
     * COMPROMISED one was compromised an hour ago. For the steps that need an earlier state the API cannot reach
     * without the role-holder and device records.
     * <p>
     * The change is silent: no event tells anything that follows the account events (the public lookup), which
     * saw only the registration. Use it only where the test reads the database or the API; where a read model
     * must follow the state, use {@link #active(String)}, which goes through the real path and its events.
     */
    public static String in(String entity, AccountStatus status) {
        String id = proposed(entity);
        force(id, status);
        return id;
    }

    public static void force(String id, AccountStatus status) {
        QuarkusTransaction.requiringNew().run(() -> {
            OfficialAccount account = OfficialAccount.findById(UUID.fromString(id));
            Instant at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
            account.changeStatus(status, at);
        });
    }

    /**
     * A new ACTIVE account of the entity, reached through the API as a real one is (decision, password rotation,
     * an IT officer holding the ADMIN role, two-factor on a government phone, activation): every step emits its
     * event, so whatever follows the account events sees the account ACTIVE, whenever those events arrive.
     */
    public static String active(String entity) {
        String id = proposed(entity);
        decide(entity, id);
        rotate(entity, id);
        String officer = staff(entity);
        admin(entity, id, officer);
        twoFactorOnGovernmentPhone(entity, id, officer);
        entityAdmin(entity).post(ACCOUNTS + "/" + id + "/activation").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        return id;
    }

    /** A new IT officer of the entity, through the staff endpoint; answers the staff id. */
    public static String staff(String entity) {
        return created(entityAdmin(entity).body(Map.of("fullName", "Zainab Al-Hashimi",
                "officialEmail", "it." + UUID.randomUUID().toString().substring(0, 8) + "@" + entity + ".gov.iq",
                "unitRole", "IT_OFFICER")).post("/api/v1/staff").then());
    }

    /** The staff member holds the account's ADMIN role (G6.a). */
    public static void admin(String entity, String accountId, String staffId) {
        created(entityAdmin(entity).body(Map.of("staffId", staffId, "role", "ADMIN"))
                .post(ACCOUNTS + "/" + accountId + "/role-holders").then());
    }

    /** Two-factor bound to a new government phone in the custodian's hands (G6.b). */
    public static void twoFactorOnGovernmentPhone(String entity, String accountId, String custodianId) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String phone = "0770" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        String deviceId = created(entityAdmin(entity).body(Map.of("kind", "PHONE",
                "assetTag", entity.toUpperCase() + "-IT-" + tag, "serialNumber", "SN" + tag, "phoneNumber", phone,
                "custodianStaffId", custodianId, "fingerprint", "fp-" + tag)).post("/api/v1/devices").then());
        entityAdmin(entity).body(Map.of("method", "AUTHENTICATOR_APP", "deviceId", deviceId))
                .put(ACCOUNTS + "/" + accountId + "/two-factor")
                .then().statusCode(both(greaterThanOrEqualTo(200)).and(lessThan(300)));
    }

    private static String created(ValidatableResponse response) {
        return response.statusCode(both(greaterThanOrEqualTo(200)).and(lessThan(300))).extract().path("id");
    }

    public static AccountStatus statusOf(String id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OfficialAccount.<OfficialAccount>findById(UUID.fromString(id)).status);
    }

    public static void decide(String entity, String id) {
        entityAdmin(entity).body(Map.of("decisionNumber", "2026/م/" + id.substring(0, 4), "decisionDate", "2026-01-10",
                "signatory", "Minister")).post(ACCOUNTS + "/" + id + "/decision").then().statusCode(200);
    }

    /** A password that passes G6.f for any account of the demo entities, and differs on every call. */
    public static String strongPassword() {
        // hex has no m, o or h, so the entity codes moh and mohe cannot appear; handles start with acct_
        return "Vx#" + UUID.randomUUID().toString().replace("-", "").substring(0, 14) + "!9";
    }

    public static void rotate(String entity, String id) {
        rotate(entity, id, strongPassword());
    }

    public static void rotate(String entity, String id, String password) {
        as(entity, "it-security").body(Map.of("newPassword", password))
                .post(ACCOUNTS + "/" + id + "/password-rotations").then().statusCode(201);
    }

    public static void reviewAccessHistory(String entity, String id) {
        as(entity, "it-security").body(Map.of("kind", "ACCESS_HISTORY", "reviewedAt", Instant.now().toString(),
                "findings", "Sessions checked after the compromise")).post(ACCOUNTS + "/" + id + "/reviews")
                .then().statusCode(201);
    }

    /** The account's events of one type on the account topic, in order. */
    public static List<ConsumerRecord<String, String>> events(String id, String type, int atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<ConsumerRecord<String, String>> found;
        do {
            found = KafkaTestConsumer.records(Topics.ACCOUNT_EVENTS, Duration.ofSeconds(5),
                    record -> id.equals(record.key()) && type.equals(EventCodec.read(record.value()).type()));
        } while (found.size() < atLeast && System.nanoTime() < deadline);
        return found;
    }
}
