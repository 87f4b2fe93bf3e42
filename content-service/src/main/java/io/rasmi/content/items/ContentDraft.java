package io.rasmi.content.items;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The content of an item, exactly what an approval binds to (its SHA-256, {@link ContentHash}): the body of
 * {@code POST /api/v1/content} and what {@code PATCH} merges into. It mirrors the JSON body field for field, so it
 * stays one flat record; {@link #tidy()} gives the one form that is stored and hashed.
 */
@Schema(description = "The content of an item (G7.1, G7.2): the message, its form and language, the accounts and "
        + "time it is planned for, whether it is a campaign or paid promotion (two approvers), its links, sources "
        + "and media, and who may interact with it (G7.6)")
public record ContentDraft(
        @NotBlank @Size(max = 300) @Schema(example = "حملة التلقيح الوطنية") String title,
        @NotBlank @Size(max = 20000) @Schema(example = "تبدأ حملة التلقيح الوطنية يوم الأحد في جميع المراكز الصحية.")
        String body,
        @NotNull @Pattern(regexp = "^(ar|ku|en)$") @Schema(description = "ar, ku or en", example = "ar",
                enumeration = { "ar", "ku", "en" }) String language,
        @NotNull ContentFormat format,
        @NotNull @Size(min = 1, max = 20) @Schema(description = "The entity's official accounts it is for; each "
                + "must be ACTIVE") List<@NotNull UUID> targetAccountIds,
        @Schema(nullable = true, implementation = String.class, format = "date-time",
                description = "When it is planned to go out; needed to schedule it")
        Instant plannedAt,
        @Schema(description = "Part of a campaign (G4.3.b): needs two approvers") boolean campaign,
        @Schema(description = "Paid promotion: needs two approvers") boolean paidPromotion,
        @Size(max = 2048) @Schema(nullable = true, description = "The matching page on the entity's website (G3.4)",
                example = "https://moh.gov.iq/news/vaccination") String websiteLink,
        @Size(max = 50) @Schema(nullable = true) List<@NotBlank @Size(max = 2048) String> links,
        @Size(max = 50) @Schema(nullable = true, description = "Sources cited (G8.6)") List<@NotNull @Valid Source> sources,
        @Size(max = 20) @Schema(nullable = true) List<@NotNull @Valid Media> media,
        @NotNull @Valid Interaction interaction) {

    /** A source cited for content taken from another body (G8.6). */
    public record Source(@NotBlank @Size(max = 300) String name,
            @Size(max = 2048) @Schema(nullable = true) String url) {
    }

    /** A media attachment, described so the checks can read it (G7.3.d, G7.3.g, G8.3). */
    public record Media(@NotNull MediaKind kind,
            @NotBlank @Size(max = 2000) String description,
            boolean showsPeople,
            @Size(max = 50) @Schema(nullable = true, description = "References of the consent records of the people "
                    + "shown (G7.3.g.1)") List<@NotBlank @Size(max = 200) String> consentRecordRefs,
            boolean officialPhoto,
            boolean includesLogo,
            boolean ownedByEntity) {

        public Media {
            consentRecordRefs = consentRecordRefs == null ? List.of() : consentRecordRefs;
        }

        Media tidy() {
            return new Media(kind, description.strip(), showsPeople,
                    consentRecordRefs == null ? List.of() : consentRecordRefs.stream().map(String::strip).toList(),
                    officialPhoto, includesLogo, ownedByEntity);
        }
    }

    /** Who may interact with the item, and the staff who answer (G7.6). */
    public record Interaction(@NotNull InteractionPolicy policy,
            @Size(max = 50) @Schema(nullable = true, description = "Members of the unit who reply; needed unless the "
                    + "policy is CLOSED (G7.6)") List<@NotNull UUID> responderStaffIds) {

        Interaction tidy() {
            return new Interaction(policy, responderStaffIds == null ? List.of()
                    : List.copyOf(new TreeSet<>(responderStaffIds)));
        }
    }

    /** The fields of the JSON body, for a merge patch that names one that is not there. */
    public static final Set<String> FIELDS = Set.of("title", "body", "language", "format", "targetAccountIds",
            "plannedAt", "campaign", "paidPromotion", "websiteLink", "links", "sources", "media", "interaction");

    /**
     * The one stored form: text stripped, absent lists empty, accounts and responders in id order without repeats,
     * the planned time to the second. Two drafts that say the same thing tidy to equal records and the same hash.
     */
    public ContentDraft tidy() {
        return new ContentDraft(title.strip(), body.strip(), language, format,
                List.copyOf(new TreeSet<>(targetAccountIds)),
                plannedAt == null ? null : plannedAt.truncatedTo(ChronoUnit.SECONDS),
                campaign, paidPromotion,
                websiteLink == null || websiteLink.isBlank() ? null : websiteLink.strip(),
                links == null ? List.of() : links.stream().map(String::strip).toList(),
                sources == null ? List.of() : sources.stream()
                        .map(s -> new Source(s.name().strip(), s.url() == null || s.url().isBlank() ? null
                                : s.url().strip()))
                        .toList(),
                media == null ? List.of() : media.stream().map(Media::tidy).toList(),
                interaction.tidy());
    }
}
