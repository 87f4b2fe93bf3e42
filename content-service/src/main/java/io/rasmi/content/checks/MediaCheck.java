package io.rasmi.content.checks;

import io.rasmi.content.items.ContentDraft;

import java.util.ArrayList;
import java.util.List;

import io.rasmi.text.TextNormalizer;

/**
 * What the unit recorded about the media: the logo on visual posts (G7.3.d), consent of the people shown
 * (G7.3.g.1), officials only in approved official photos (G7.3.g.2), and media the entity does not own only with a
 * cited source (G8.3, G8.4, G8.6).
 */
final class MediaCheck {

    /**
     * Words that say a picture shows an official (G7.3.g.2), compared after normalisation: ministers, deputies,
     * directors general, governors, the heads of state and government.
     */
    private static final List<String> OFFICIAL_TITLES = List.of("وزير", "الوزير", "وزيرة", "الوزيرة", "وكيل", "معالي",
            "مدير عام", "المدير العام", "محافظ", "المحافظ", "رئيس الوزراء", "رئيس الجمهورية", "minister",
            "deputy minister", "director general", "governor", "prime minister", "president")
            .stream().map(TextNormalizer::normalize).toList();

    private MediaCheck() {
    }

    static List<Finding> run(DraftForChecks draft) {
        List<Finding> findings = new ArrayList<>();
        List<ContentDraft.Media> media = draft.media();
        boolean visual = draft.format().visual() || media.stream().anyMatch(m -> m.kind() != null && m.kind().visual());
        List<ContentDraft.Media> visuals = media.stream().filter(m -> m.kind() != null && m.kind().visual()).toList();
        if (visual && (visuals.isEmpty() ? true : visuals.stream().noneMatch(ContentDraft.Media::includesLogo))) {
            findings.add(Finding.of(ContentCheck.NO_LOGO, visuals.isEmpty() ? "format" : "media", "media.no-logo")
                    .build());
        }
        boolean sourced = draft.sources().stream().anyMatch(s -> s.name() != null && !s.name().isBlank());
        for (int i = 0; i < media.size(); i++) {
            ContentDraft.Media item = media.get(i);
            String field = "media[" + i + "]";
            if (item.showsPeople() && !item.officialPhoto()
                    && item.consentRecordRefs().stream().noneMatch(ref -> ref != null && !ref.isBlank())) {
                findings.add(Finding.of(ContentCheck.PEOPLE_WITHOUT_CONSENT, field, "media.no-consent").build());
            }
            if (item.kind() != null && item.kind().visual() && item.showsPeople() && !item.officialPhoto()
                    && namesAnOfficial(item.description())) {
                findings.add(Finding.of(ContentCheck.OFFICIAL_PHOTO_NOT_MARKED, field, "media.official-not-marked")
                        .build());
            }
            if (!item.ownedByEntity() && !sourced) {
                findings.add(Finding.of(ContentCheck.MEDIA_NOT_OWNED, field, "media.not-owned").build());
            }
        }
        for (int i = 0; i < draft.sources().size(); i++) {
            ContentDraft.Source source = draft.sources().get(i);
            if (source.name() == null || source.name().isBlank()) {
                findings.add(Finding.of(ContentCheck.SOURCE_INCOMPLETE, "sources[" + i + "]", "source.no-name").build());
            }
        }
        return findings;
    }

    private static boolean namesAnOfficial(String description) {
        if (description == null) {
            return false;
        }
        String normalized = " " + String.join(" ", TextNormalizer.tokens(description)) + " ";
        return OFFICIAL_TITLES.stream().anyMatch(title -> normalized.contains(" " + title + " "));
    }
}
