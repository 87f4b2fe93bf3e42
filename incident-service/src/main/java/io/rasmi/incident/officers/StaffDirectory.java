package io.rasmi.incident.officers;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.rasmi.events.StaffSnapshot;
import io.rasmi.events.UnitRole;

/**
 * This service's read model of the entities' social media units, kept from account-service's staff snapshots, and
 * the one answer it gives: whom to tell of a breach of an entity's accounts (G6.j), the active IT officers and the
 * head of the unit. A snapshot replaces an older one of the same member and never a newer one, so the state topic
 * read again at every start, the events and their redeliveries can arrive in any order.
 */
@ApplicationScoped
public class StaffDirectory {

    /** The unit roles a breach notice goes to. */
    public static final List<UnitRole> NOTIFIED_ROLES = List.of(UnitRole.IT_OFFICER, UnitRole.HEAD);

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Applies the snapshot unless a newer (or the same) version of the member is known; answers whether it did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(StaffSnapshot staff) {
        // One statement: two replicas or two channels applying snapshots of one member cannot interleave.
        int applied = entityManager.createNativeQuery("""
                insert into known_staff (staff_id, entity_code, full_name, official_email, unit_role, active, version,
                                         updated_at, received_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                on conflict (staff_id) do update set entity_code = excluded.entity_code,
                    full_name = excluded.full_name, official_email = excluded.official_email,
                    unit_role = excluded.unit_role, active = excluded.active, version = excluded.version,
                    updated_at = excluded.updated_at, received_at = excluded.received_at
                where known_staff.version < excluded.version
                """)
                .setParameter(1, staff.staffId())
                .setParameter(2, staff.entity())
                .setParameter(3, staff.fullName())
                .setParameter(4, staff.officialEmail())
                .setParameter(5, staff.unitRole().name())
                .setParameter(6, staff.active())
                .setParameter(7, staff.version())
                .setParameter(8, staff.updatedAt())
                .setParameter(9, clock.instant().truncatedTo(ChronoUnit.MICROS))
                .executeUpdate();
        return applied > 0;
    }

    /**
     * Whom a breach notice of the entity goes to: its active IT officers and the head of its unit, IT officers first,
     * each address once. Empty when account-service has published none.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NoticeRecipient> noticeRecipients(String entityCode) {
        List<KnownStaff> staff = KnownStaff.list(
                "entityCode = ?1 and active = true and unitRole in ?2 order by fullName, staffId", entityCode,
                NOTIFIED_ROLES);
        return staff.stream()
                .sorted(Comparator.comparingInt(s -> NOTIFIED_ROLES.indexOf(s.unitRole)))
                .filter(firstWithEachAddress(new HashSet<>()))
                .map(s -> new NoticeRecipient(s.staffId, s.fullName, s.officialEmail, s.unitRole))
                .toList();
    }

    private static Predicate<KnownStaff> firstWithEachAddress(Set<String> seen) {
        return s -> seen.add(s.officialEmail);
    }
}
