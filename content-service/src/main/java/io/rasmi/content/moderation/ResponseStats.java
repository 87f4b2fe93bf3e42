package io.rasmi.content.moderation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Time to first response on the entity's accounts in a window, against the target (G7.8). */
public record ResponseStats(Instant from, Instant to,
        @Schema(description = "The response target, ISO-8601", example = "PT24H") String target,
        List<AccountStats> accounts) {

    /**
     * One account's figures for the comments made in the window. Comments hidden or left without action need no
     * reply; {@code shareWithinTarget} is over the comments that got a reply or are past the target without one.
     */
    public record AccountStats(UUID accountId,
            @Schema(description = "Comments made in the window", example = "120") long comments,
            @Schema(description = "Comments that got a reply", example = "96") long answered,
            @Schema(description = "Replied to within the target", example = "90") long answeredWithinTarget,
            @Schema(description = "Still without a reply, past the target", example = "4") long waitingPastTarget,
            @Schema(description = "Hidden or left without action, with no reply", example = "12") long noReplyNeeded,
            @Schema(nullable = true, description = "Median time to first reply, in seconds", example = "5400")
            Double p50Seconds,
            @Schema(nullable = true, description = "90th percentile of the time to first reply, in seconds",
                    example = "64800") Double p90Seconds,
            @Schema(nullable = true, description = "Share answered within the target, 0 to 1", example = "0.9")
            Double shareWithinTarget) {
    }
}
