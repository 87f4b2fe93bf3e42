package io.rasmi.account.unit;

import java.time.Instant;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.account.entities.GovernmentEntity;
import io.rasmi.account.keys.RoleHolder;
import io.rasmi.account.state.StaffStatePublisher;
import io.rasmi.events.EventType;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.http.Versions;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;

/** The members of an entity's social media unit (G4.3.k); every use case is scoped to the entity it is given. */
@ApplicationScoped
public class StaffService {

    @Inject
    Clock clock;

    @Inject
    AuditTrail auditTrail;

    @Inject
    StaffStatePublisher staffState;

    @Transactional
    public StaffView add(String entityCode, AddStaffRequest request) {
        GovernmentEntity entity = GovernmentEntity.findByCode(entityCode)
                .orElseThrow(() -> ProblemException.unprocessable("entity.not-registered", entityCode));
        String email = officialEmail(entity, request.officialEmail());
        if (StaffMember.emailTaken(entityCode, email, null)) {
            throw ProblemException.conflict("staff.email-taken", email);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        StaffMember staff = new StaffMember();
        staff.id = UUID.randomUUID();
        staff.entityCode = entityCode;
        staff.fullName = request.fullName().strip();
        staff.officialEmail = email;
        staff.unitRole = request.unitRole();
        staff.active = true;
        staff.createdAt = now;
        staff.updatedAt = now;
        staff.persist();
        // The record's own lock (taken to count the state version) before the audit chain's.
        staffState.publish(EventType.ACCOUNT_STAFF_ADDED, staff);
        auditTrail.record(entityCode, "staff.added", "staff-member", staff.id,
                Map.of("unitRole", staff.unitRole.name()));
        return StaffView.of(staff);
    }

    /**
     * Changes the fields the request carries, after checking {@code ifMatch} against the record's version. Marking a
     * member inactive (they left the unit) is refused while they still hold a role on an account: the roles are
     * removed first, so the last-admin rule of G6.a is never bypassed by a departure.
     */
    @Transactional
    public StaffView update(String entityCode, UUID id, String ifMatch, UpdateStaffRequest request) {
        // Locked first, before counting holdings: a role given meanwhile waits for this change, then sees it.
        StaffMember staff = StaffMember.lockForEntity(id, entityCode)
                .orElseThrow(() -> ProblemException.notFound("staff.not-found"));
        Versions.requireMatch(ifMatch, staff.version);
        // Every check runs before the record changes: a query would flush a half-made change and move the version.
        String fullName = request.fullName() == null ? staff.fullName : request.fullName().strip();
        String email = staff.officialEmail;
        if (request.officialEmail() != null) {
            GovernmentEntity entity = GovernmentEntity.findByCode(entityCode)
                    .orElseThrow(() -> ProblemException.unprocessable("entity.not-registered", entityCode));
            email = officialEmail(entity, request.officialEmail());
            if (!email.equals(staff.officialEmail) && StaffMember.emailTaken(entityCode, email, staff.id)) {
                throw ProblemException.conflict("staff.email-taken", email);
            }
        }
        UnitRole unitRole = request.unitRole() == null ? staff.unitRole : request.unitRole();
        boolean active = request.active() == null ? staff.active : request.active();
        if (staff.active && !active) {
            long holdings = RoleHolder.currentCountOfStaff(staff.id);
            if (holdings > 0) {
                throw ProblemException.conflictWithClause("G4.3.e", "staff.still-holds-roles", holdings);
            }
        }

        Map<String, Object> changes = new LinkedHashMap<>();
        if (!fullName.equals(staff.fullName)) {
            changes.put("fullName", "changed");
        }
        if (!email.equals(staff.officialEmail)) {
            changes.put("officialEmail", "changed");
        }
        if (unitRole != staff.unitRole) {
            changes.put("unitRole", staff.unitRole + "->" + unitRole);
        }
        if (active != staff.active) {
            changes.put("active", active);
        }
        if (changes.isEmpty()) {
            return StaffView.of(staff);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        staff.fullName = fullName;
        staff.officialEmail = email;
        staff.unitRole = unitRole;
        // Leaving the unit is a removal for whoever follows the staff (no more breach notices); coming back, an add.
        EventType event = active == staff.active ? EventType.ACCOUNT_STAFF_CHANGED
                : active ? EventType.ACCOUNT_STAFF_ADDED : EventType.ACCOUNT_STAFF_REMOVED;
        if (active != staff.active) {
            staff.leftAt = active ? null : now;
            staff.active = active;
        }
        staff.updatedAt = now;
        // The version moves at flush; the answer must carry the new one for the next If-Match.
        StaffMember.getEntityManager().flush();
        staffState.publish(event, staff);
        auditTrail.record(entityCode, "staff.updated", "staff-member", staff.id, changes);
        return StaffView.of(staff);
    }

    @Transactional
    public StaffView get(String entityCode, UUID id) {
        return StaffView.of(find(entityCode, id));
    }

    @Transactional
    public Page<StaffView> list(String entityCode, Boolean active, PageRequest page) {
        return Page.of(StaffMember.ofEntity(entityCode, active), page, StaffView::of);
    }

    /** The entity's member with this id; another entity's member answers 404 as if it did not exist. */
    static StaffMember find(String entityCode, UUID id) {
        return StaffMember.findForEntity(id, entityCode)
                .orElseThrow(() -> ProblemException.notFound("staff.not-found"));
    }

    /** G6.c: the unit works with the entity's official addresses, never private ones. */
    private static String officialEmail(GovernmentEntity entity, String requested) {
        String email = requested.strip().toLowerCase(Locale.ROOT);
        if (!entity.ownsEmail(email)) {
            throw ProblemException.ruleViolated("G6.c", "staff.email-not-official",
                    String.join(", ", entity.emailDomains));
        }
        return email;
    }
}
