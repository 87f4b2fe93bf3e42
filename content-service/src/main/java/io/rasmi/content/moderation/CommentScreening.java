package io.rasmi.content.moderation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.rasmi.content.checks.ChecksConfig;
import io.rasmi.events.Platform;
import io.rasmi.platform.problem.Problem;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.problem.ProblemMessages;
import io.rasmi.platform.web.DomainNames;
import io.rasmi.platform.web.ProfileUrls;
import io.rasmi.text.lexicon.Lexicon;
import io.rasmi.text.lexicon.LexiconMatch;
import io.rasmi.text.personaldata.PersonalDataKind;
import io.rasmi.text.personaldata.PersonalDataMatch;
import io.rasmi.text.personaldata.PersonalDataScanner;

/**
 * Screens a comment, or a moderator's reply, for what the staff who answer the public are trained to catch (G7.6):
 * hate speech and insults (the lexicon of {@code platform/text}, after Arabic normalisation, G4.3.j), personal data
 * (phone numbers in any digits, private e-mail, national ID numbers, G6.i and G8.5), and links to other platforms or
 * to hosts outside the entity's domains, gov.iq and the configured allow-list (G7.6). In a reply every finding is a
 * BLOCKER; in a comment it flags the comment for its moderators.
 */
@ApplicationScoped
public class CommentScreening {

    /** An address written in text: with a scheme, starting with www., or a bare host with a common top-level domain. */
    private static final Pattern WRITTEN_URL = Pattern.compile("(?i)(?:\\b[a-z][a-z0-9+.-]*://|\\bwww\\.)[^\\s<>\"'«»،]+"
            + "|\\b(?:[a-z0-9-]+\\.)+(?:com|net|org|me|ly|io|co|tv|info|xyz|app|link|gl|gd|ru|cn|iq)\\b(?:/[^\\s<>\"'«»،]*)?");
    private static final Pattern TRAILING = Pattern.compile("[.,;:!?)\\]}]+$");

    @Inject
    ChecksConfig checks;

    @Inject
    ProblemMessages messages;

    /** Every finding in {@code text}, in order of position. */
    public List<ScreeningFinding> screen(String entity, String text) {
        List<ScreeningFinding> findings = new ArrayList<>();
        for (LexiconMatch match : Lexicon.hateSpeech().find(text)) {
            findings.add(finding(ScreeningKind.HATE_SPEECH, text, match.start(), match.end(),
                    "screening.hate-speech." + match.category().toLowerCase(Locale.ROOT)));
        }
        List<String> domains = entityDomains(entity);
        List<ScreeningFinding> links = links(text, domains);
        for (PersonalDataMatch match : PersonalDataScanner.scan(text,
                email -> DomainNames.isOfficialEmail(email, domains))) {
            if (match.kind() == PersonalDataKind.EMAIL_ADDRESS && links.stream()
                    .anyMatch(link -> link.start() < match.end() && match.start() < link.end())) {
                continue; // user@host inside a link is the link's trick, which the link finding names
            }
            findings.add(finding(ScreeningKind.PERSONAL_DATA, text, match.start(), match.end(),
                    "screening.personal-data." + match.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        findings.addAll(links);
        findings.sort(Comparator.comparingInt(ScreeningFinding::start));
        return findings;
    }

    /**
     * Refuses what the unit is about to say to the public (a reply, a canned reply) when screening finds anything in
     * one of its texts: 422 naming every clause, with one violation per finding that names its field, clause, kind
     * and position. {@code texts} maps each field to its text (a null text is skipped), in the order to report them.
     */
    public void requireClean(String entity, Map<String, String> texts, String messageKey) {
        List<String> clauses = new ArrayList<>();
        List<Problem.Violation> violations = new ArrayList<>();
        texts.forEach((field, text) -> {
            if (text == null) {
                return;
            }
            for (ScreeningFinding f : screen(entity, text)) {
                f.clauses().stream().filter(clause -> !clauses.contains(clause)).forEach(clauses::add);
                violations.add(new Problem.Violation(field, f.clause() + " " + f.kind() + ": " + f.messageAr()
                        + " / " + f.messageEn() + " (" + f.start() + "-" + f.end() + ")"));
            }
        });
        if (!violations.isEmpty()) {
            throw ProblemException.rulesViolated(clauses, violations, messageKey, violations.size());
        }
    }

    private List<ScreeningFinding> links(String text, List<String> domains) {
        List<String> official = new ArrayList<>(domains);
        official.add(DomainNames.GOVERNMENT_DOMAIN);
        checks.links().allowedHosts().ifPresent(official::addAll);
        List<ScreeningFinding> findings = new ArrayList<>();
        Matcher written = WRITTEN_URL.matcher(text);
        while (written.find()) {
            String url = TRAILING.matcher(written.group()).replaceFirst("");
            if (url.isEmpty()) {
                continue;
            }
            int start = written.start();
            int end = start + url.length();
            if (start > 0 && text.charAt(start - 1) == '@') {
                continue; // an e-mail address's domain, which the personal-data screening judges
            }
            String absolute = url.contains("://") ? url : "https://" + url;
            Optional<String> host = DomainNames.hostOf(absolute);
            String authority = absolute.substring(absolute.indexOf("://") + 3).split("[/?#]", 2)[0];
            if (host.isPresent() && !authority.contains("@") && DomainNames.isWithinAny(host.get(), official)) {
                continue;
            }
            Optional<Platform> platform = ProfileUrls.platformOf(absolute);
            findings.add(platform.isPresent()
                    ? finding(ScreeningKind.OUTSIDE_LINK, text, start, end, "screening.link.other-platform",
                            platform.get().name())
                    : finding(ScreeningKind.OUTSIDE_LINK, text, start, end, "screening.link.outside-host",
                            host.orElse(authority)));
        }
        return findings;
    }

    private List<String> entityDomains(String entity) {
        ChecksConfig.EntitySite site = checks.entities().get(entity);
        return site == null ? List.of() : site.domains().orElse(List.of());
    }

    private ScreeningFinding finding(ScreeningKind kind, String text, int start, int end, String key,
            Object... arguments) {
        return new ScreeningFinding(kind, kind.clause(), kind.clauses(), start, end, text.substring(start, end),
                messages.text(key, ProblemMessages.ARABIC, arguments),
                messages.text(key, ProblemMessages.ENGLISH, arguments));
    }
}
