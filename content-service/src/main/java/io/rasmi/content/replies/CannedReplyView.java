package io.rasmi.content.replies;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A canned reply as the API shows it. {@code contentHash} is what an approver sends back; {@code approved} says
 * whether moderators may use it now, which they may only while an approval of this exact text stands.
 */
public record CannedReplyView(UUID id, CannedReplyDraft content,
        @Schema(description = "SHA-256 of the exact reply, to which an approval binds", example =
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String contentHash,
        @Schema(description = "Approved for this exact text: moderators may use it") boolean approved,
        @Schema(nullable = true, description = "Who approved it, while the approval stands") String approvedBy,
        @Schema(nullable = true, implementation = String.class, format = "date-time") Instant approvedAt,
        String authorName, Instant createdAt, Instant updatedAt, long version) {

    static CannedReplyView of(CannedReply reply) {
        boolean approved = reply.approved();
        return new CannedReplyView(reply.id, reply.draft(), reply.contentHash, approved,
                approved ? reply.approvedByName : null, approved ? reply.approvedAt : null, reply.authorName,
                reply.createdAt, reply.updatedAt, reply.version);
    }
}
