package io.rasmi.content.checks;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rasmi.platform.web.DomainNames;
import io.rasmi.text.Confusables;

/**
 * Links (G7.3.e, G3.4): every link of the draft (its links, its website link, addresses written in the title and
 * body) must be https, carry no user name ({@code https://moh.gov.iq@evil.example/} goes to evil.example), name a
 * host by its domain name on the default port, and lie on the entity's domains, under gov.iq or on a configured host.
 * A host that only looks like one of those ({@code rnoh.gov.iq}, Cyrillic {@code о}) is named as a look-alike. The
 * URL of a cited source must be https but may be anywhere. Links that pass and lie on the allow-list are fetched
 * (HEAD) and a link that does not answer is a WARNING; a post with no link to the entity's website is a WARNING (G3.4).
 */
final class LinkCheck {

    /** An address written in text: with a scheme, or starting with www. */
    private static final Pattern WRITTEN_URL = Pattern.compile("(?i)\\b(?:[a-z][a-z0-9+.-]*://|www\\.)[^\\s<>\"'«»،]+");
    private static final Pattern TRAILING = Pattern.compile("[.,;:!?)\\]}]+$");

    private LinkCheck() {
    }

    /** A link to look at: where it is, and whether it must be on the allowed hosts. */
    record Link(String field, String url, Integer start, Integer end, boolean mustBeOfficial) {
    }

    static List<Link> links(DraftForChecks draft) {
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < draft.links().size(); i++) {
            links.add(new Link("links[" + i + "]", draft.links().get(i), null, null, true));
        }
        if (draft.websiteLink() != null && !draft.websiteLink().isBlank()) {
            links.add(new Link("websiteLink", draft.websiteLink(), null, null, true));
        }
        for (String field : new String[] { "title", "body" }) {
            String text = "title".equals(field) ? draft.title() : draft.body();
            if (text == null) {
                continue;
            }
            Matcher written = WRITTEN_URL.matcher(text);
            while (written.find()) {
                String url = TRAILING.matcher(written.group()).replaceFirst("");
                links.add(new Link(field, url, written.start(), written.start() + url.length(), true));
            }
        }
        for (int i = 0; i < draft.sources().size(); i++) {
            String url = draft.sources().get(i).url();
            if (url != null && !url.isBlank()) {
                links.add(new Link("sources[" + i + "].url", url, null, null, false));
            }
        }
        return links;
    }

    /** The findings of the rules; the links that passed them are added to {@code probe}. */
    static List<Finding> rules(DraftForChecks draft, List<String> allowedHosts, List<Link> probe) {
        List<String> official = new ArrayList<>(draft.entityDomains());
        official.add(DomainNames.GOVERNMENT_DOMAIN);
        official.addAll(allowedHosts);
        List<Finding> findings = new ArrayList<>();
        boolean linksBack = false;
        for (Link link : links(draft)) {
            Optional<String> problem = problem(link, draft.entityDomains(), official);
            if (problem.isPresent()) {
                String[] keyAndArgument = problem.get().split("\\|", 2);
                Finding.Builder finding = Finding.of(ContentCheck.LINK_NOT_OFFICIAL, link.field(), keyAndArgument[0],
                        keyAndArgument.length > 1 ? keyAndArgument[1] : "");
                findings.add(located(finding, draft, link).build());
                continue;
            }
            // Only hosts of the allow-list are fetched: a source's address may be any host, and the service must
            // not be made to call into a network it can reach (server-side request forgery).
            if (link.mustBeOfficial()) {
                probe.add(link);
            }
            if (link.mustBeOfficial() && linksToWebsite(draft, link.url())) {
                linksBack = true;
            }
        }
        if (!linksBack) {
            findings.add(Finding.of(ContentCheck.NO_WEBSITE_LINK, "websiteLink", "link.no-website",
                    draft.entityWebsite() == null ? "" : draft.entityWebsite()).build());
        }
        return findings;
    }

    /** Sends a HEAD request for every link of {@code probe}, without waiting for the answers. */
    static Map<Link, CompletableFuture<Boolean>> startProbes(List<Link> probe, LinkLiveness liveness) {
        Map<Link, CompletableFuture<Boolean>> answers = new LinkedHashMap<>();
        for (Link link : probe) {
            answers.putIfAbsent(link, liveness.answers(link.url()));
        }
        return answers;
    }

    /** The probed links that did not answer, as warnings; waits for every probe (each has its timeout). */
    static List<Finding> unanswered(DraftForChecks draft, Map<Link, CompletableFuture<Boolean>> answers) {
        List<Finding> findings = new ArrayList<>();
        answers.forEach((link, answer) -> {
            if (!answer.join()) {
                findings.add(located(Finding.of(ContentCheck.LINK_NOT_ANSWERING, link.field(), "link.no-answer"),
                        draft, link).build());
            }
        });
        return findings;
    }

    private static Finding.Builder located(Finding.Builder finding, DraftForChecks draft, Link link) {
        if (link.start() != null) {
            String text = "title".equals(link.field()) ? draft.title() : draft.body();
            return finding.at(text, link.start(), link.end());
        }
        return finding.excerpt(link.url());
    }

    /** What is wrong with a link, as {@code key|argument}, or empty. */
    static Optional<String> problem(Link link, List<String> entityDomains, List<String> official) {
        String written = link.url().strip();
        String url = written.regionMatches(true, 0, "www.", 0, 4) ? "https://" + written : written;
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException unparsable) {
            return Optional.of("link.unparsable");
        }
        if (uri.getScheme() == null || !"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of("link.not-https");
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            return Optional.of("link.unparsable");
        }
        if (authority.contains("@")) {
            return Optional.of("link.userinfo");
        }
        if (uri.getPort() != -1 && uri.getPort() != 443) {
            return Optional.of("link.port");
        }
        Optional<String> host = DomainNames.hostOf(url);
        if (host.isEmpty()) {
            return Optional.of("link.no-domain");
        }
        if (!link.mustBeOfficial() || DomainNames.isWithinAny(host.get(), entityDomains)) {
            return Optional.empty();
        }
        String shown = unicode(host.get());
        boolean government = DomainNames.isWithin(host.get(), DomainNames.GOVERNMENT_DOMAIN);
        for (String domain : entityDomains) {
            // Under gov.iq only a body of the state registers a name, so only a true look-alike is suspect there.
            if (sameSkeleton(shown, domain) || (!government && startsLike(shown, domain))) {
                return Optional.of("link.look-alike|" + domain);
            }
        }
        if (DomainNames.isWithinAny(host.get(), official)) {
            return Optional.empty();
        }
        for (String domain : official) {
            if (sameSkeleton(shown, domain) || startsLike(shown, domain)) {
                return Optional.of("link.look-alike|" + domain);
            }
        }
        return Optional.of("link.off-list|" + shown);
    }

    /**
     * Whether the host's last labels, as many as the domain has, read as the domain under confusable characters
     * ({@code rnoh.gov.iq}, {@code m0h.gov.iq}, {@code mоh.gov.iq} with a Cyrillic о, {@code news.rnoh.gov.iq}).
     */
    static boolean sameSkeleton(String host, String domain) {
        String[] hostLabels = host.split("\\.");
        int labels = domain.split("\\.").length;
        if (hostLabels.length < labels) {
            return false;
        }
        String tail = String.join(" ", java.util.Arrays.copyOfRange(hostLabels, hostLabels.length - labels,
                hostLabels.length));
        String skeleton = Confusables.skeleton(domain.replace('.', ' '));
        return !skeleton.isEmpty() && Confusables.skeleton(tail).equals(skeleton);
    }

    /** Whether the host starts with the domain's labels ({@code moh.gov.iq.evil.example}). */
    static boolean startsLike(String host, String domain) {
        String skeleton = Confusables.skeleton(domain.replace('.', ' '));
        return !skeleton.isEmpty() && Confusables.skeleton(host.replace('.', ' ')).startsWith(skeleton);
    }

    private static String unicode(String asciiHost) {
        try {
            return IDN.toUnicode(asciiHost);
        } catch (IllegalArgumentException notIdn) {
            return asciiHost;
        }
    }

    private static boolean linksToWebsite(DraftForChecks draft, String url) {
        String absolute = url.regionMatches(true, 0, "www.", 0, 4) ? "https://" + url : url;
        if (draft.entityWebsite() != null) {
            return DomainNames.isOnSite(absolute, draft.entityWebsite());
        }
        return DomainNames.hostOf(absolute).map(host -> DomainNames.isWithinAny(host, draft.entityDomains()))
                .orElse(false);
    }
}
