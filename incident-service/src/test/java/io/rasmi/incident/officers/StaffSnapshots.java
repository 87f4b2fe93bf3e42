package io.rasmi.incident.officers;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;


import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.EventType;
import io.rasmi.events.StaffSnapshot;
import io.rasmi.events.UnitRole;
import io.rasmi.testkit.KafkaTestProducer;

/** Staff as account-service publishes it, for tests: snapshots, their events on the real broker, or applied directly. */
public final class StaffSnapshots {

    private StaffSnapshots() {
    }

    /** An entity code of its own for a test, so tests do not see each other's staff. */
    public static String newEntity() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public static StaffSnapshot member(String entity, UnitRole role, String name) {
        UUID id = UUID.randomUUID();
        return new StaffSnapshot(id, entity, name, "staff." + id.toString().substring(0, 8) + "@" + entity + ".gov.iq",
                role, true, 1, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    /** The member's next snapshot: one version on, active or not. */
    public static StaffSnapshot next(StaffSnapshot staff, boolean active) {
        return new StaffSnapshot(staff.staffId(), staff.entity(), staff.fullName(), staff.officialEmail(),
                staff.unitRole(), active, staff.version() + 1, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    /** The CloudEvent of {@code type} carrying the snapshot, as account-service's outbox writes it. */
    public static String event(EventType type, StaffSnapshot staff) {
        String value = EventCodec.write(CloudEvent.of(type, staff.staffId().toString(), staff.entity(), staff,
                Instant.now()));
        EventContract.assertValid(staff.staffId().toString(), value);
        return value;
    }

    /** Sends a record to the real broker and waits for its acknowledgement. */
    public static void send(String topic, String key, String value) {
        KafkaTestProducer.send(topic, key, value);
    }

    /** Puts the members straight into the directory, as if their snapshots had arrived. */
    public static void known(StaffDirectory directory, StaffSnapshot... staff) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (StaffSnapshot member : staff) {
                directory.apply(member);
            }
        });
    }
}
