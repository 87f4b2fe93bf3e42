package io.rasmi.content.moderation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;


import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rasmi.directory.KnownAccount;
import io.rasmi.events.AccountRole;
import io.rasmi.events.AccountState;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;
import io.rasmi.events.Platform;
import io.rasmi.events.Topics;
import io.rasmi.platform.security.Caller;
import io.rasmi.testkit.TestTokens;
import io.rasmi.testkit.KafkaTestProducer;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Members of a unit as the tokens and the account directory know them: a staff id in the token's {@code staff_id}
 * claim, and accounts whose state (on the real broker's compacted topic) names their moderators.
 */
final class Staff {

    private Staff() {
    }

    /** A person of the entity with this staff id and these realm roles. */
    static RequestSpecification as(UUID staffId, String entity, String... roles) {
        return given().auth().oauth2(TestTokens.user("staff-" + staffId).entity(entity).roles(roles)
                .claim(Caller.STAFF_CLAIM, staffId.toString()).token()).contentType(ContentType.JSON);
    }

    /** A moderator (realm role) of the entity with this staff id. */
    static RequestSpecification moderator(UUID staffId, String entity) {
        return as(staffId, entity, "moderator");
    }

    /** A new ACTIVE Facebook account of the entity whose MODERATOR role is held by {@code moderators}. */
    static UUID accountModeratedBy(String entity, UUID... moderators) {
        UUID id = UUID.randomUUID();
        String handle = handleOf(id);
        Instant at = Instant.now().minusSeconds(60);
        List<AccountState.RoleHolder> holders = Arrays.stream(moderators)
                .map(staff -> new AccountState.RoleHolder(staff, AccountRole.MODERATOR)).toList();
        send(id, EventCodec.write(CloudEvent.of(EventType.ACCOUNT_STATE, id.toString(), entity,
                new AccountState(id, entity, Platform.FACEBOOK, handle, "https://www.facebook.com/" + handle,
                        "وزارة الصحة", null, AccountStatus.ACTIVE, true, null, holders, 1, at, at),
                at)));
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            KnownAccount account = KnownAccount.findById(id);
            return account != null && account.roleHolders.size() == moderators.length;
        }));
        return id;
    }

    /** The Facebook handle of an account made by {@link #accountModeratedBy}. */
    static String handleOf(UUID account) {
        return "acct_" + account.toString().substring(0, 8);
    }

    private static void send(UUID key, String value) {
        KafkaTestProducer.send(Topics.ACCOUNT_STATE, key.toString(), value);
    }
}
