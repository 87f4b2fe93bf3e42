package io.rasmi.content.checks;

import io.rasmi.content.items.ContentFormat;
import io.rasmi.content.items.MediaKind;
import io.rasmi.content.items.ContentDraft;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A draft to check, as an editor holds it; nothing of it is stored. */
@Schema(description = "A draft post to run the pre-publication checks on")
public record ContentCheckRequest(
        @Schema(description = "Title", nullable = true, maxLength = 500, example = "حملة التلقيح الوطنية")
        @Size(max = 500) String title,
        @Schema(description = "Text of the post", nullable = true, maxLength = 20000,
                example = "تبدأ حملة التلقيح يوم الأحد. التفاصيل: https://moh.gov.iq/news/123")
        @Size(max = 20000) String body,
        @Schema(description = "Language of the text; Arabic when absent", nullable = true)
        DraftForChecks.Language language,
        @Schema(description = "Format of the post; TEXT when absent", nullable = true)
        ContentFormat format,
        @Schema(description = "The accounts it is to go out on (for the near-duplicate check)", nullable = true,
                maxItems = 50)
        @Size(max = 50) List<@NotNull UUID> targetAccountIds,
        @Schema(description = "When it is to go out; now when absent", nullable = true,
                example = "2026-12-01T09:00:00Z") Instant plannedAt,
        @Schema(description = "Links of the post", nullable = true, maxItems = 50,
                example = "[\"https://moh.gov.iq/news/123\"]")
        @Size(max = 50) List<@NotNull @Size(max = 2000) String> links,
        @Schema(description = "The matching page on the entity's website (G3.4)", nullable = true, maxLength = 2000,
                example = "https://moh.gov.iq/news/123") @Size(max = 2000) String websiteLink,
        @Schema(description = "Other bodies whose content the post uses (G8.6)", nullable = true, maxItems = 50)
        @Size(max = 50) List<@NotNull @Valid SourceRequest> sources,
        @Schema(description = "Attached media and what the unit recorded about them", nullable = true,
                maxItems = 50)
        @Size(max = 50) List<@NotNull @Valid MediaRequest> media) {

    /** A cited source. */
    @Schema(description = "A cited source")
    public record SourceRequest(
            @Schema(description = "The body the content comes from", nullable = true, maxLength = 300,
                    example = "منظمة الصحة العالمية") @Size(max = 300) String name,
            @Schema(description = "Where it was published", nullable = true, maxLength = 2000,
                    example = "https://www.who.int/ar") @Size(max = 2000) String url) {
    }

    /** An attached media item. */
    @Schema(description = "An attached media item")
    public record MediaRequest(
            @NotNull @Schema(description = "What the item is", required = true) MediaKind kind,
            @Schema(description = "What it shows", nullable = true, maxLength = 2000,
                    example = "الوزير يفتتح مركزاً صحياً") @Size(max = 2000) String description,
            @Schema(description = "Whether people can be recognised in it") boolean showsPeople,
            @Schema(description = "References of the consent records of the people shown", nullable = true,
                    maxItems = 50) @Size(max = 50) List<@NotNull @Size(max = 200) String> consentRecordRefs,
            @Schema(description = "Whether it is an approved official photo (G7.3.g.2)") boolean officialPhoto,
            @Schema(description = "Whether it carries the entity's logo (G7.3.d)") boolean includesLogo,
            @Schema(description = "Whether the entity owns it (G8.3)") boolean ownedByEntity) {
    }

    DraftForChecks toDraft(DraftForChecks.Builder draft) {
        return draft.title(title).body(body).language(language).format(format).accountIds(targetAccountIds)
                .plannedAt(plannedAt).links(links).websiteLink(websiteLink)
                .sources(sources == null ? null
                        : sources.stream().map(s -> new ContentDraft.Source(s.name(), s.url())).toList())
                .media(media == null ? null
                        : media.stream().map(m -> new ContentDraft.Media(m.kind(), m.description(), m.showsPeople(),
                                m.consentRecordRefs(), m.officialPhoto(), m.includesLogo(), m.ownedByEntity()))
                                .toList())
                .build();
    }
}
