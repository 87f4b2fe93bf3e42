package io.rasmi.content.checks;

import io.rasmi.content.items.MediaKind;
import io.rasmi.content.items.ContentDraft;

import java.util.List;

/** Drafts of the Ministry of Health (moh.gov.iq) for the checks' tests. */
final class Drafts {

    static final String WEBSITE = "https://moh.gov.iq/news/123";

    private Drafts() {
    }

    /** A text post with a link back to the website and nothing else to find. */
    static DraftForChecks.Builder moh() {
        return DraftForChecks.builder().entity("moh").entityDomains(List.of("moh.gov.iq"))
                .entityWebsite("https://moh.gov.iq").websiteLink(WEBSITE);
    }

    static ContentDraft.Media media(MediaKind kind, String description, boolean showsPeople,
            List<String> consent, boolean officialPhoto, boolean logo, boolean owned) {
        return new ContentDraft.Media(kind, description, showsPeople, consent, officialPhoto, logo, owned);
    }

    static List<ContentCheck> checks(List<Finding> findings) {
        return findings.stream().map(Finding::checkId).toList();
    }
}
