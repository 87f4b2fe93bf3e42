package io.rasmi.account.state;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.rasmi.account.unit.StaffMember;
import io.rasmi.events.EventType;
import io.rasmi.events.StaffSnapshot;
import io.rasmi.events.UnitRole;
import io.rasmi.platform.outbox.Outbox;

/**
 * The one way to publish a change of a member of an entity's social media unit: the staff event and the member's
 * whole state for the compacted topic {@code rasmi.account.staff-state.v1}, both carrying the same snapshot, both
 * through the outbox in the caller's transaction. incident-service learns from them whom to tell of a breach (G6.j).
 * The snapshot holds names, official e-mail, unit role and whether the member is still in the unit; nothing else.
 */
@ApplicationScoped
public class StaffStatePublisher {

    /** The staff events; each is followed by the member's state. */
    static final Set<EventType> STAFF_CHANGES = EnumSet.of(EventType.ACCOUNT_STAFF_ADDED,
            EventType.ACCOUNT_STAFF_CHANGED, EventType.ACCOUNT_STAFF_REMOVED);

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    /** Writes the event of {@code type} about the member, then the member's new state, with the same snapshot. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StaffSnapshot publish(EventType type, StaffMember staff) {
        if (!STAFF_CHANGES.contains(type)) {
            throw new IllegalArgumentException(type.type() + " is not a staff event");
        }
        StaffSnapshot snapshot = snapshot(staff);
        outbox.publish(type, staff.id, staff.entityCode, snapshot);
        outbox.publish(EventType.ACCOUNT_STAFF_STATE, staff.id, staff.entityCode, snapshot);
        return snapshot;
    }

    /** Writes the member's whole current state alone (for members added before the topic existed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public StaffSnapshot publishState(StaffMember staff) {
        StaffSnapshot snapshot = snapshot(staff);
        outbox.publish(EventType.ACCOUNT_STAFF_STATE, staff.id, staff.entityCode, snapshot);
        return snapshot;
    }

    /**
     * The member's snapshot with its next version. The row lock taken to count the version orders the snapshots of
     * one member: the state read after it includes every change committed before, and a later version never
     * describes an earlier member.
     */
    private StaffSnapshot snapshot(StaffMember staff) {
        entityManager.flush();
        int version = ((Number) entityManager.createNativeQuery(
                "update staff_member set state_version = state_version + 1 where id = ?1 returning state_version")
                .setParameter(1, staff.id)
                .getSingleResult()).intValue();
        // Another transaction may have changed the member since it was read; it has committed by now.
        entityManager.refresh(staff);
        return new StaffSnapshot(staff.id, staff.entityCode, staff.fullName, staff.officialEmail,
                UnitRole.valueOf(staff.unitRole.name()), staff.active, version, staff.updatedAt);
    }
}
