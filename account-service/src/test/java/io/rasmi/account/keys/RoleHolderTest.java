package io.rasmi.account.keys;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.Callers.entityAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;
import io.rasmi.account.devices.PublishedEvents;
import io.rasmi.account.lifecycle.AccessEvidence;
import io.rasmi.account.unit.StaffFixtures;
import io.rasmi.account.unit.StaffMember;
import io.rasmi.events.AccountRole;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.RoleHolderAdded;
import io.rasmi.events.RoleHolderRemoved;
import io.rasmi.platform.audit.AuditEntry;

@QuarkusTest
class RoleHolderTest {

    @Inject
    AccessEvidence accessEvidence;

    @Inject
    RoleHolderService roleHolders;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    private static String holdersOf(String accountId) {
        return "/api/v1/accounts/" + accountId + "/role-holders";
    }

    private static String add(String entity, String accountId, String staffId, String role) {
        return entityAdmin(entity).body(Map.of("staffId", staffId, "role", role)).post(holdersOf(accountId))
                .then().statusCode(201).extract().path("id");
    }

    private static long holders() {
        return QuarkusTransaction.requiringNew().call(() -> RoleHolder.count());
    }

    private static RoleHolder stored(String holderId) {
        return QuarkusTransaction.requiringNew().call(() -> RoleHolder.findById(UUID.fromString(holderId)));
    }

    @Test
    void shouldGiveAMemberARoleOnTheAccount() {
        String account = Fixtures.proposeAccount("moh");
        String staff = StaffFixtures.addStaff("moh", "HEAD");
        assertThat(accessEvidence.hasAdminHolder(UUID.fromString(account))).isFalse();

        var created = entityAdmin("moh").body(Map.of("staffId", staff, "role", "ADMIN")).post(holdersOf(account))
                .then().statusCode(201)
                .body("accountId", equalTo(account))
                .body("staffId", equalTo(staff))
                .body("staffName", equalTo("زينب علي حسين"))
                .body("role", equalTo("ADMIN"))
                .body("addedBy", equalTo("moh-entity-admin"))
                .body("removedAt", nullValue())
                .extract();
        String holder = created.path("id");
        assertThat(created.header("Location")).endsWith(holdersOf(account) + "/" + holder);

        as("moh", "it-security").get(holdersOf(account)).then().statusCode(200)
                .body("items.id", equalTo(List.of(holder)))
                .body("total", equalTo(1));
        assertThat(accessEvidence.hasAdminHolder(UUID.fromString(account))).isTrue();
        assertThat(roleHolders.currentCount(UUID.fromString(account), AccountRole.ADMIN)).isEqualTo(1);
        assertThat(roleHolders.currentHolders(UUID.fromString(account))).extracting(RoleHolderView::staffId)
                .containsExactly(UUID.fromString(staff));
    }

    @Test
    void shouldLetOneMemberHoldSeveralRolesButEachOnce() {
        String account = Fixtures.proposeAccount("moh");
        String staff = StaffFixtures.addStaff("moh");
        add("moh", account, staff, "PUBLISHER");
        add("moh", account, staff, "MODERATOR");
        long before = holders();
        entityAdmin("moh").body(Map.of("staffId", staff, "role", "PUBLISHER")).post(holdersOf(account))
                .then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(holders()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAnotherEntitysOrAnUnknownMember() {
        String account = Fixtures.proposeAccount("moh");
        String foreigner = StaffFixtures.addStaff("mohe");
        long before = holders();
        entityAdmin("moh").body(Map.of("staffId", foreigner, "role", "ADMIN")).post(holdersOf(account))
                .then().statusCode(422)
                .contentType("application/problem+json");
        entityAdmin("moh").body(Map.of("staffId", UUID.randomUUID().toString(), "role", "ADMIN"))
                .post(holdersOf(account))
                .then().statusCode(422);
        assertThat(holders()).isEqualTo(before);
    }

    @Test
    void shouldRejectRoleForInactiveMember() {
        String account = Fixtures.proposeAccount("moh");
        String staff = StaffFixtures.addStaff("moh");
        entityAdmin("moh").header("If-Match", "\"0\"").body(Map.of("active", false)).patch("/api/v1/staff/" + staff)
                .then().statusCode(200);
        long before = holders();
        for (String role : List.of("ADMIN", "MODERATOR")) {
            entityAdmin("moh").body(Map.of("staffId", staff, "role", role)).post(holdersOf(account))
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("clause", equalTo("G6.a"));
        }
        assertThat(holders()).isEqualTo(before);
    }

    /**
     * The departure reaches the member's row first and is held there (the test holds a lock on the row); the role
     * arrives meanwhile. Without a common lock the role went through while the departure waited, and both
     * committed: a member who left, holding ADMIN.
     */
    @Test
    void shouldNeverGiveARoleToAMemberWhoseDepartureIsUnderWay() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String account = Fixtures.proposeAccount("moh");
                String staff = StaffFixtures.addStaff("moh");
                Future<Integer> departure;
                Future<Integer> role;
                try (Connection blocker = lockStaffRow(staff)) {
                    departure = pool.submit(() -> leave(staff));
                    await().atMost(Duration.ofSeconds(60)).until(() -> waitingOnStaff() >= 1);
                    role = pool.submit(() -> giveRole(account, staff, "ADMIN"));
                    await().atMost(Duration.ofSeconds(60)).until(() -> role.isDone() || waitingOnStaff() >= 2);
                    blocker.commit();
                }
                assertOneWinsAndNoLeaverHoldsARole(staff, departure.get(60, TimeUnit.SECONDS),
                        role.get(60, TimeUnit.SECONDS));
                assertThat(member(staff).active).as("the departure was first in line").isFalse();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The other order: the role is under way first, so the departure waits for it and then sees it. */
    @Test
    void shouldRefuseADepartureWhileARoleIsBeingGiven() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String account = Fixtures.proposeAccount("moh");
                String staff = StaffFixtures.addStaff("moh");
                Future<Integer> role;
                Future<Integer> departure;
                try (Connection blocker = lockStaffRow(staff)) {
                    role = pool.submit(() -> giveRole(account, staff, "ADMIN"));
                    await().atMost(Duration.ofSeconds(60)).until(() -> role.isDone() || waitingOnStaff() >= 1);
                    departure = pool.submit(() -> leave(staff));
                    await().atMost(Duration.ofSeconds(60))
                            .until(() -> departure.isDone() || waitingOnStaff() >= (role.isDone() ? 1 : 2));
                    blocker.commit();
                }
                assertOneWinsAndNoLeaverHoldsARole(staff, departure.get(60, TimeUnit.SECONDS),
                        role.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Both requests let go at once, many times: whatever the order, exactly one wins and no leaver holds a role. */
    @Test
    void shouldSerialiseDepartureAndRoleUnderAFreeRace() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String account = Fixtures.proposeAccount("moh");
                String staff = StaffFixtures.addStaff("moh");
                CountDownLatch start = new CountDownLatch(1);
                Future<Integer> departure = pool.submit(() -> {
                    start.await();
                    return leave(staff);
                });
                Future<Integer> role = pool.submit(() -> {
                    start.await();
                    return giveRole(account, staff, "ADMIN");
                });
                start.countDown();
                assertOneWinsAndNoLeaverHoldsARole(staff, departure.get(60, TimeUnit.SECONDS),
                        role.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int leave(String staff) {
        return entityAdmin("moh").header("If-Match", "\"0\"").body(Map.of("active", false))
                .patch("/api/v1/staff/" + staff).then().extract().statusCode();
    }

    private static int giveRole(String account, String staff, String role) {
        return entityAdmin("moh").body(Map.of("staffId", staff, "role", role)).post(holdersOf(account))
                .then().extract().statusCode();
    }

    private static StaffMember member(String staff) {
        return QuarkusTransaction.requiringNew().call(() -> StaffMember.findById(UUID.fromString(staff)));
    }

    private static void assertOneWinsAndNoLeaverHoldsARole(String staff, int departure, int role) {
        // Serially, either the role comes first (the departure is refused, 409) or the departure does (422).
        assertThat(List.of(departure, role)).as("departure and role answers").isIn(List.of(200, 422),
                List.of(409, 201));
        long held = QuarkusTransaction.requiringNew()
                .call(() -> RoleHolder.currentCountOfStaff(UUID.fromString(staff)));
        boolean active = member(staff).active;
        assertThat(active || held == 0).as("member active=%s holding %d role(s)", active, held).isTrue();
    }

    /**
     * A connection, in a transaction, that holds the member's row until it commits: the lock an update takes, which
     * still lets a role holder's foreign key check through.
     */
    private Connection lockStaffRow(String staff) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection
                .prepareStatement("select id from staff_member where id = ? for no key update")) {
            lock.setObject(1, UUID.fromString(staff));
            lock.executeQuery().close();
        }
        return connection;
    }

    /** How many requests are waiting for a lock while reading or writing a member's row. */
    private int waitingOnStaff() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select count(*) from pg_stat_activity "
                        + "where wait_event_type = 'Lock' and datname = current_database() "
                        + "and query ilike '%staff_member%'");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void shouldRejectBadRoleHolders() {
        String account = Fixtures.proposeAccount("moh");
        long before = holders();
        entityAdmin("moh").body(Map.of("staffId", StaffFixtures.addStaff("moh"), "role", "OWNER"))
                .post(holdersOf(account))
                .then().statusCode(400)
                .body("violations.field", hasItem("role"));
        entityAdmin("moh").body(Map.of("role", "ADMIN")).post(holdersOf(account))
                .then().statusCode(400)
                .body("violations.field", hasItem("staffId"));
        entityAdmin("moh").body(Map.of("staffId", "not-a-uuid", "role", "ADMIN")).post(holdersOf(account))
                .then().statusCode(400)
                .body("violations.field", hasItem("staffId"));
        assertThat(holders()).isEqualTo(before);
    }

    @Test
    void shouldRemoveAHolderAndKeepTheHistory() {
        String account = Fixtures.proposeAccount("moh");
        String staff = StaffFixtures.addStaff("moh");
        String holder = add("moh", account, staff, "MODERATOR");

        entityAdmin("moh").delete(holdersOf(account) + "/" + holder)
                .then().statusCode(200)
                .body("id", equalTo(holder))
                .body("removedAt", notNullValue())
                .body("removedBy", equalTo("moh-entity-admin"));

        assertThat(stored(holder).removedAt).isNotNull();
        entityAdmin("moh").get(holdersOf(account)).then().statusCode(200).body("items", hasSize(0));
        entityAdmin("moh").get(holdersOf(account) + "?includeRemoved=true").then().statusCode(200)
                .body("items.id", equalTo(List.of(holder)))
                .body("items[0].removedAt", notNullValue());
        entityAdmin("moh").delete(holdersOf(account) + "/" + holder)
                .then().statusCode(409)
                .contentType("application/problem+json");
        List<String> audited = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry> list(
                "recordType = 'official-account' and recordId = ?1 order by seq", account).stream()
                .filter(e -> e.details != null && e.details.contains(holder))
                .map(e -> e.action + " by " + e.actor).toList());
        assertThat(audited).containsExactly("account.role-holder-added by moh-entity-admin",
                "account.role-holder-removed by moh-entity-admin");
        // The same person may be given the role again; history keeps both.
        add("moh", account, staff, "MODERATOR");
        entityAdmin("moh").get(holdersOf(account) + "?includeRemoved=true").then().body("total", equalTo(2));
    }

    @Test
    void shouldKeepTheLastAdminOfAnActiveAccount() {
        String account = Fixtures.proposeAccount("moh");
        String first = add("moh", account, StaffFixtures.addStaff("moh"), "ADMIN");
        String second = add("moh", account, StaffFixtures.addStaff("moh"), "ADMIN");
        add("moh", account, StaffFixtures.addStaff("moh"), "PUBLISHER");
        PublishedEvents.setStatus(account, AccountStatus.ACTIVE);

        entityAdmin("moh").delete(holdersOf(account) + "/" + first).then().statusCode(200);
        entityAdmin("moh").delete(holdersOf(account) + "/" + second)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("clause", equalTo("G6.a"));
        assertThat(stored(second).removedAt).isNull();
        assertThat(accessEvidence.hasAdminHolder(UUID.fromString(account))).isTrue();

        for (AccountStatus live : List.of(AccountStatus.SUSPENDED, AccountStatus.COMPROMISED)) {
            PublishedEvents.setStatus(account, live);
            entityAdmin("moh").delete(holdersOf(account) + "/" + second)
                    .then().statusCode(409)
                    .body("clause", equalTo("G6.a"));
        }
        assertThat(stored(second).removedAt).isNull();
    }

    @Test
    void shouldLetTheLastAdminGoBeforeTheAccountIsLive() {
        String account = Fixtures.proposeAccount("moh");
        String only = add("moh", account, StaffFixtures.addStaff("moh"), "ADMIN");
        entityAdmin("moh").delete(holdersOf(account) + "/" + only).then().statusCode(200);
        assertThat(accessEvidence.hasAdminHolder(UUID.fromString(account))).isFalse();
    }

    @Test
    void shouldRefuseNewHoldersOnAnArchivedAccount() {
        String account = Fixtures.proposeAccount("moh");
        String holder = add("moh", account, StaffFixtures.addStaff("moh"), "ADMIN");
        PublishedEvents.setStatus(account, AccountStatus.ARCHIVED);
        long before = holders();
        entityAdmin("moh").body(Map.of("staffId", StaffFixtures.addStaff("moh"), "role", "ADMIN"))
                .post(holdersOf(account))
                .then().statusCode(409);
        assertThat(holders()).isEqualTo(before);
        // Cleaning up the keys of an archived account stays possible.
        entityAdmin("moh").delete(holdersOf(account) + "/" + holder).then().statusCode(200);
    }

    @Test
    void shouldAnswer404ForAnotherEntitysAccountOrHolder() {
        String account = Fixtures.proposeAccount("moh");
        String holder = add("moh", account, StaffFixtures.addStaff("moh"), "ADMIN");
        long before = holders();

        entityAdmin("mohe").body(Map.of("staffId", StaffFixtures.addStaff("mohe"), "role", "ADMIN"))
                .post(holdersOf(account))
                .then().statusCode(404)
                .contentType("application/problem+json");
        entityAdmin("mohe").get(holdersOf(account)).then().statusCode(404);
        entityAdmin("mohe").delete(holdersOf(account) + "/" + holder).then().statusCode(404);
        // A holder of one account cannot be removed through another account's path.
        String other = Fixtures.proposeAccount("moh");
        entityAdmin("moh").delete(holdersOf(other) + "/" + holder).then().statusCode(404);
        entityAdmin("moh").get(holdersOf(UUID.randomUUID().toString())).then().statusCode(404);

        assertThat(holders()).isEqualTo(before);
        assertThat(stored(holder).removedAt).isNull();
    }

    @Test
    void shouldLetOnlyEntityAdminsChangeHolders() {
        String account = Fixtures.proposeAccount("moh");
        String staff = StaffFixtures.addStaff("moh");
        String holder = add("moh", account, staff, "MODERATOR");
        long before = holders();
        for (String role : List.of("publisher", "approver", "moderator", "it-security", "management")) {
            as("moh", role).body(Map.of("staffId", staff, "role", "ADMIN")).post(holdersOf(account))
                    .then().statusCode(403);
            as("moh", role).delete(holdersOf(account) + "/" + holder).then().statusCode(403);
            if (List.of("it-security", "management").contains(role)) {
                as("moh", role).get(holdersOf(account)).then().statusCode(200).body("items.id", hasItem(holder));
            } else {
                as("moh", role).get(holdersOf(account)).then().statusCode(403);
            }
        }
        assertThat(holders()).isEqualTo(before);
        assertThat(stored(holder).removedAt).isNull();
    }

    @Test
    void shouldPublishRoleHolderEventsValidAgainstTheirSchemas() {
        String account = Fixtures.proposeAccount("moh");
        String staff = StaffFixtures.addStaff("moh");
        String holder = add("moh", account, staff, "PUBLISHER");
        entityAdmin("moh").delete(holdersOf(account) + "/" + holder).then().statusCode(200);

        List<ConsumerRecord<String, String>> removed = PublishedEvents.atLeast(account,
                "io.rasmi.account.role-holder-removed.v1", 1);
        List<ConsumerRecord<String, String>> added = PublishedEvents.of(account,
                "io.rasmi.account.role-holder-added.v1");
        assertThat(added).hasSize(1);
        assertThat(removed).hasSize(1);

        CloudEvent addedEvent = PublishedEvents.read(added.get(0));
        RoleHolderAdded addedPayload = EventCodec.payload(addedEvent, RoleHolderAdded.class);
        assertThat(addedEvent.entity()).isEqualTo("moh");
        assertThat(addedEvent.subject()).isEqualTo(account);
        assertThat(addedPayload.holderId()).isEqualTo(UUID.fromString(holder));
        assertThat(addedPayload.staffId()).isEqualTo(UUID.fromString(staff));
        assertThat(addedPayload.role()).isEqualTo(AccountRole.PUBLISHER);
        RoleHolderRemoved removedPayload = EventCodec.payload(PublishedEvents.read(removed.get(0)),
                RoleHolderRemoved.class);
        assertThat(removedPayload.holderId()).isEqualTo(UUID.fromString(holder));
        assertThat(removedPayload.removedAt()).isEqualTo(stored(holder).removedAt);

        EventContract.assertValid(added.get(0).key(), added.get(0).value());
        EventContract.assertValid(removed.get(0).key(), removed.get(0).value());
    }

    @Test
    void shouldPublishNothingForARefusedRemoval() {
        String account = Fixtures.proposeAccount("moh");
        String admin = add("moh", account, StaffFixtures.addStaff("moh"), "ADMIN");
        PublishedEvents.setStatus(account, AccountStatus.ACTIVE);
        entityAdmin("moh").delete(holdersOf(account) + "/" + admin).then().statusCode(409);
        // A later, allowed change proves the relay has passed the refused one.
        String publisher = add("moh", account, StaffFixtures.addStaff("moh"), "PUBLISHER");
        entityAdmin("moh").delete(holdersOf(account) + "/" + publisher).then().statusCode(200);

        List<ConsumerRecord<String, String>> removed = PublishedEvents.of(account,
                "io.rasmi.account.role-holder-removed.v1");
        assertThat(removed).extracting(r -> EventCodec.payload(PublishedEvents.read(r), RoleHolderRemoved.class)
                .holderId()).containsExactly(UUID.fromString(publisher));
    }

    @Test
    void shouldNotListAnotherEntitysHolders() {
        String account = Fixtures.proposeAccount("mohe");
        String holder = add("mohe", account, StaffFixtures.addStaff("mohe"), "ADMIN");
        entityAdmin("mohe").get(holdersOf(account)).then().statusCode(200).body("items.id", hasItem(holder));
        entityAdmin("moh").get(holdersOf(account)).then().statusCode(404)
                .body("detail", not(equalTo(null)));
    }
}
