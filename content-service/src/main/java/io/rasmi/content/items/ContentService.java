package io.rasmi.content.items;

import io.rasmi.content.checks.ItemChecks;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.rasmi.content.approval.ContentApproval;
import io.rasmi.content.lifecycle.Transition;
import io.rasmi.events.ContentState;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.http.MergePatches;
import io.rasmi.platform.http.Versions;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;

/** Use cases of content items: prepare, read, list, edit. Every one is scoped to the entity it is given. */
@ApplicationScoped
public class ContentService {

    @Inject
    ItemChecks itemChecks;

    @Inject
    Clock clock;

    @Inject
    TargetAccounts targetAccounts;

    @Inject
    AuditTrail auditTrail;

    @Inject
    MergePatches mergePatches;

    /** A new DRAFT for the entity's ACTIVE accounts, written by the caller. */
    @Transactional
    public ContentView create(String entity, String authorId, String authorName, ContentDraft request) {
        ContentDraft draft = request.tidy();
        requireRules(draft);
        targetAccounts.requireActive(entity, draft.targetAccountIds());
        Instant now = now();
        ContentItem item = new ContentItem();
        item.id = UUID.randomUUID();
        item.entity = entity;
        item.authorId = authorId;
        item.authorName = authorName;
        item.setContent(draft);
        item.state = ContentState.DRAFT;
        item.createdAt = now;
        item.updatedAt = now;
        item.persist();
        auditTrail.record(entity, "content.created", "content-item", item.id,
                Map.of("contentHash", item.contentHash, "targets", draft.targetAccountIds().size()));
        return ContentView.of(item, 0);
    }

    @Transactional
    public ContentView get(String entity, UUID id) {
        return view(ContentItem.requireForEntity(id, entity));
    }

    @Transactional
    public Page<ContentView> list(String entity, ContentListQuery query, PageRequest page) {
        return Page.of(query.find(entity), page, this::view);
    }

    /**
     * Applies a JSON merge patch (RFC 7396) to the item's content, if {@code ifMatch} names its current version. Any
     * change returns a submitted, approved or scheduled item to DRAFT and voids its approvals (they bound to the
     * content before); a patch that changes nothing answers the item as it is.
     */
    @Transactional
    public ContentView update(String entity, UUID id, String ifMatch, JsonNode patch) {
        ContentItem item = ContentItem.lockForEntity(id, entity);
        Versions.requireMatch(ifMatch, item.version);
        List<String> patched = mergePatches.patchedFields(patch, ContentDraft.FIELDS, "content.patch-not-object");
        if (!Transition.editable(item.state)) {
            throw ProblemException.conflict("content.not-editable", item.state);
        }
        ContentDraft before = item.draft();
        ContentDraft after = mergePatches.apply(before, patch, ContentDraft.class).tidy();
        if (after.equals(before)) {
            return view(item);
        }
        requireRules(after);
        if (!Objects.equals(Set.copyOf(after.targetAccountIds()), Set.copyOf(before.targetAccountIds()))) {
            targetAccounts.requireActive(entity, after.targetAccountIds());
        }
        if (PublishedOn.anyOf(item.id)) {
            throw ProblemException.conflict("content.already-published");
        }
        Instant now = now();
        ContentState from = item.state;
        if (from != ContentState.DRAFT) {
            Transition.REVISION.requireAllowedFrom(from);
            item.state = Transition.REVISION.to();
        }
        int voided = ContentApproval.voidAll(item.id, now);
        itemChecks.forget(item.id);
        item.setContent(after);
        item.updatedAt = now;
        ContentItem.flush(); // so that the answer carries the new version

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fields", patched.stream().sorted().toList());
        details.put("contentHash", item.contentHash);
        details.put("from", from.name());
        details.put("approvalsVoided", voided);
        auditTrail.record(entity, "content.edited", "content-item", item.id, details);
        return ContentView.of(item, 0);
    }

    public ContentView view(ContentItem item) {
        return ContentView.of(item, ContentApproval.countFor(item));
    }

    /**
     * Rules a well-formed draft must also meet: the staff who answer the public are named unless interaction is
     * CLOSED (G7.6).
     */
    private static void requireRules(ContentDraft draft) {
        if (draft.interaction().policy() != InteractionPolicy.CLOSED
                && draft.interaction().responderStaffIds().isEmpty()) {
            throw ProblemException.ruleViolated("G7.6", "content.responders-required");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
