package io.rasmi.account.verification;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rasmi.account.Callers;
import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.AccountStatusChanged;
import io.rasmi.events.EventType;
import io.rasmi.platform.outbox.Outbox;

/**
 * Puts accounts where a test needs them. The lifecycle's transitions live in another feature, so a test moves the
 * row itself and publishes the status change through the outbox, in one transaction, as the lifecycle does.
 */
public final class PublicAccounts {

    private PublicAccounts() {
    }

    /** Proposes an account of {@code entity} (through the API) with this handle and names; answers its id. */
    public static UUID propose(String entity, String domain, String platform, String handle, String nameAr,
            String nameEn) {
        String id = Callers.entityAdmin(entity)
                .body(Map.of("platform", platform, "handle", handle, "displayNameAr", nameAr,
                        "displayNameEn", nameEn, "registrationEmail", "social@" + domain))
                .post("/api/v1/accounts")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** Moves the account to {@code to} and publishes io.rasmi.account.status-changed.v1. */
    public static void move(UUID accountId, AccountStatus to) {
        QuarkusTransaction.requiringNew().run(() -> {
            OfficialAccount account = OfficialAccount.findById(accountId);
            AccountStatus from = account.status;
            account.status = to;
            account.updatedAt = Instant.now();
            CDI.current().select(Outbox.class).get().publish(EventType.ACCOUNT_STATUS_CHANGED, accountId,
                    account.entityCode, new AccountStatusChanged(accountId, account.entityCode, from, to,
                            "set by a test", Instant.now()));
        });
    }

    /** Changes the row only, with no event: what a missed event would look like. */
    public static void moveSilently(UUID accountId, AccountStatus to) {
        QuarkusTransaction.requiringNew().run(() -> {
            OfficialAccount account = OfficialAccount.findById(accountId);
            account.status = to;
        });
    }

    /**
     * An account put straight into the table in {@code status}, with no event: no event about it reaches the
     * public lookup unless the test hands one over, so the test decides when each is applied.
     */
    public static UUID insertSilently(String entity, String domain, String platform, String handle,
            AccountStatus status) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> CDI.current().select(EntityManager.class).get()
                .createNativeQuery("""
                        insert into official_account (id, entity_code, platform, handle, handle_key, display_name_ar,
                            display_name_en, registration_email, status, status_changed_at, created_at, updated_at)
                        values (?1, ?2, ?3, ?4, lower(?4), 'وزارة الصحة العراقية', 'Iraqi Ministry of Health', ?5, ?6,
                            now(), now(), now())""")
                .setParameter(1, id)
                .setParameter(2, entity)
                .setParameter(3, platform)
                .setParameter(4, handle)
                .setParameter(5, "social@" + domain)
                .setParameter(6, status.name())
                .executeUpdate());
        return id;
    }

    /** A handle no other test uses: {@code prefix} and ten lower-case letters. */
    public static String uniqueHandle(String prefix) {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        while (letters.length() < 10) {
            letters += UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        }
        return prefix + letters.substring(0, 10);
    }
}
