package io.rasmi.account.keys;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.Callers.entityAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
    void shouldRefuseAMemberWhoLeftTheUnit() {
        String account = Fixtures.proposeAccount("moh");
        String staff = StaffFixtures.addStaff("moh");
        entityAdmin("moh").header("If-Match", "\"0\"").body(Map.of("active", false)).patch("/api/v1/staff/" + staff)
                .then().statusCode(200);
        long before = holders();
        entityAdmin("moh").body(Map.of("staffId", staff, "role", "MODERATOR")).post(holdersOf(account))
                .then().statusCode(422)
                .body("clause", equalTo("G4.3.e"));
        assertThat(holders()).isEqualTo(before);
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
