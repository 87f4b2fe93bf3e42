package io.rasmi.content.replies;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a canned reply says (G7.7): the topic, the questions and comments it answers, and the reply in Arabic and,
 * optionally, English. Replies are short: they answer a comment, they are not posts.
 */
@Schema(description = "A canned reply's text")
public record CannedReplyDraft(
        @NotBlank @Size(max = 200) @Schema(description = "What the reply is about", example = "مواعيد التلقيح")
        String topic,
        @NotNull @Size(max = 20) @Schema(description = "Questions or comments it answers, as people write them",
                example = "[\"متى يبدأ التلقيح\", \"اين مراكز التلقيح\"]")
        List<@NotBlank @Size(max = 500) String> questionPatterns,
        @NotBlank @Size(max = 1000) @Schema(description = "The reply in Arabic",
                example = "تبدأ حملة التلقيح يوم الأحد في جميع المراكز الصحية.") String replyAr,
        @Size(max = 1000) @Schema(nullable = true, description = "The reply in English",
                example = "The vaccination campaign starts on Sunday in every health centre.") String replyEn) {

    /** The fields a merge patch may name. */
    static final Set<String> FIELDS = Set.of("topic", "questionPatterns", "replyAr", "replyEn");

    /** Surrounding blanks removed, empty patterns dropped, an empty English reply is none. */
    CannedReplyDraft tidy() {
        return new CannedReplyDraft(topic.strip(),
                questionPatterns.stream().map(String::strip).filter(p -> !p.isEmpty()).distinct().toList(),
                replyAr.strip(), replyEn == null || replyEn.isBlank() ? null : replyEn.strip());
    }
}
