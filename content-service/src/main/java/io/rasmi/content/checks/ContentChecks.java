package io.rasmi.content.checks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs every pre-publication check (the catalogue {@link ContentCheck}) on a draft and answers the findings, blockers
 * first. Reads the stored fingerprints but writes nothing: the same call serves the content item's checks, its
 * submission (which a BLOCKER stops) and the stateless endpoint an editor calls while the text is written.
 */
@ApplicationScoped
public class ContentChecks {

    @Inject
    ChecksConfig config;

    @Inject
    LinkLiveness liveness;

    @Inject
    Spelling spelling;

    @Inject
    NearDuplicates nearDuplicates;

    @Inject
    Clock clock;

    /** Every finding for {@code draft}, BLOCKERs first, then by field and position. */
    public List<Finding> run(DraftForChecks draft) {
        // Spelling is the slowest check: it runs on its own threads while this one does the others.
        CompletableFuture<List<Finding>> spelled = spelling.start(draft.language(), TextFields.of(draft));
        List<LinkCheck.Link> probe = new ArrayList<>();
        List<Finding> findings = new ArrayList<>(LinkCheck.rules(draft,
                config.links().allowedHosts().orElse(List.of()), probe));
        Map<LinkCheck.Link, CompletableFuture<Boolean>> answers = config.links().probe()
                ? LinkCheck.startProbes(probe, liveness) : Map.of();
        findings.addAll(PersonalDataCheck.run(draft));
        findings.addAll(HateSpeechCheck.run(draft));
        findings.addAll(MediaCheck.run(draft));
        Instant at = draft.plannedAt() != null ? draft.plannedAt() : clock.instant();
        findings.addAll(nearDuplicates.findings(draft, at));
        findings.addAll(Spelling.await(spelled));
        // The probes went out while the other checks ran; each has its own timeout.
        findings.addAll(LinkCheck.unanswered(draft, answers));
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::field)
                .thenComparing(f -> f.start() == null ? -1 : f.start()));
        return findings;
    }

    /** Whether any finding stops submission. */
    public static boolean blocks(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.BLOCKER);
    }

    /** The draft with what the checks know of its entity (domains, website) filled in from configuration. */
    public DraftForChecks.Builder forEntity(String entity) {
        ChecksConfig.EntitySite site = config.entities().get(entity);
        DraftForChecks.Builder draft = DraftForChecks.builder().entity(entity);
        if (site != null) {
            draft.entityDomains(site.domains().orElse(List.of())).entityWebsite(site.website().orElse(null));
        }
        return draft;
    }
}
