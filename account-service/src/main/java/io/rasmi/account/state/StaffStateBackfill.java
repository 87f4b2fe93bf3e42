package io.rasmi.account.state;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import io.rasmi.account.unit.StaffMember;

/** Publishes, once at start, the state of the staff members added before the staff state topic existed. */
@ApplicationScoped
public class StaffStateBackfill extends StateBackfill {

    @Inject
    StaffStatePublisher publisher;

    StaffStateBackfill() {
        super("staff_member", "staff members");
    }

    void onStart(@Observes StartupEvent start) {
        publishMissingAtStart();
    }

    @Override
    void publishState(UUID id) {
        publisher.publishState(StaffMember.findById(id));
    }
}
