package io.rasmi.account.state;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import io.rasmi.account.registry.OfficialAccount;

/** Publishes, once at start, the state of the accounts registered before the state topic existed. */
@ApplicationScoped
public class AccountStateBackfill extends StateBackfill {

    @Inject
    AccountStatePublisher publisher;

    AccountStateBackfill() {
        super("official_account", "accounts");
    }

    void onStart(@Observes StartupEvent start) {
        publishMissingAtStart();
    }

    @Override
    void publishState(UUID id) {
        publisher.publishState(OfficialAccount.findById(id));
    }
}
