package io.rasmi.content.items;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.ContentState;

/**
 * A content item as the API shows it. {@code contentHash} is what an approver sends back with an approval;
 * {@code approvals} says how many distinct approvers the item needs and how many approved this exact content.
 */
public record ContentView(UUID id, ContentState state, ContentDraft content,
        @Schema(description = "SHA-256 of the exact content, to which approvals bind", example =
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String contentHash,
        Approvals approvals, String authorName, Instant createdAt, Instant updatedAt, long version) {

    /** Distinct approvers needed (two for campaigns and paid promotion) and given for the current content. */
    public record Approvals(int required, int given) {
    }

    public static ContentView of(ContentItem item, int approvalsGiven) {
        return new ContentView(item.id, item.state, item.draft(), item.contentHash,
                new Approvals(item.approvalsRequired(), approvalsGiven), item.authorName, item.createdAt,
                item.updatedAt, item.version);
    }
}
