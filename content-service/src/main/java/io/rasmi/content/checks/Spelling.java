package io.rasmi.content.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

import io.quarkus.runtime.StartupEvent;

/**
 * Spelling and grammar with LanguageTool (G7.3.c), Arabic and English; Kurdish has no LanguageTool module and is not
 * checked. LanguageTool loads its rules and dictionaries once per process (seconds), so the service loads them in
 * the background when it starts; a checker serves one thread at a time, so each language keeps a few, made when
 * first needed and reused.
 */
@ApplicationScoped
public class Spelling {

    private static final Logger LOG = Logger.getLogger(Spelling.class);
    private static final int MAX_SUGGESTIONS = 5;

    private final ChecksConfig.Spelling config;
    private final Map<DraftForChecks.Language, Checkers> checkers = new EnumMap<>(DraftForChecks.Language.class);

    @Inject
    public Spelling(ChecksConfig config) {
        this.config = config.spelling();
        List<String> disabled = this.config.disabledRules().orElse(List.of());
        checkers.put(DraftForChecks.Language.AR, new Checkers("ar", this.config.checkersPerLanguage(), disabled));
        checkers.put(DraftForChecks.Language.EN, new Checkers("en-US", this.config.checkersPerLanguage(), disabled));
    }

    void warmUp(@Observes StartupEvent started) {
        if (config.enabled() && config.warmUp()) {
            Thread loader = new Thread(() -> {
                try {
                    check(DraftForChecks.Language.AR, "body", "نص للتحميل");
                    check(DraftForChecks.Language.EN, "body", "A text to load.");
                } catch (RuntimeException failed) {
                    LOG.warnf("LanguageTool did not load in the background: %s", failed.getMessage());
                }
            }, "languagetool-warm-up");
            loader.setDaemon(true);
            loader.start();
        }
    }

    /** The spelling and grammar findings in {@code text}, a field of a post in {@code language}. */
    public List<Finding> check(DraftForChecks.Language language, String field, String text) {
        Checkers pool = checkers.get(language);
        if (!config.enabled() || pool == null || text == null || text.isBlank()) {
            return List.of();
        }
        JLanguageTool checker = pool.borrow();
        List<RuleMatch> matches;
        try {
            matches = checker.check(text);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } finally {
            pool.release(checker);
        }
        List<Finding> findings = new ArrayList<>();
        for (RuleMatch match : matches) {
            String message = plain(match.getMessage());
            List<String> suggestions = match.getSuggestedReplacements();
            findings.add(Finding.of(ContentCheck.SPELLING, field, "spelling.issue", message)
                    .at(text, match.getFromPos(), match.getToPos())
                    .suggestions(suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size()))).build());
        }
        return findings;
    }

    /** LanguageTool's message without its {@code <suggestion>} markup. */
    private static String plain(String message) {
        return message == null ? "" : message.replaceAll("</?suggestion>", "\"");
    }

    /** The checkers of one language: at most {@code size}, made on demand. */
    private static final class Checkers {
        private final String code;
        private final int size;
        private final List<String> disabledRules;
        private final BlockingQueue<JLanguageTool> idle = new LinkedBlockingQueue<>();
        private final AtomicInteger made = new AtomicInteger();
        private volatile Language language;

        Checkers(String code, int size, List<String> disabledRules) {
            this.code = code;
            this.size = Math.max(1, size);
            this.disabledRules = disabledRules;
        }

        JLanguageTool borrow() {
            JLanguageTool checker = idle.poll();
            if (checker != null) {
                return checker;
            }
            if (made.incrementAndGet() <= size) {
                JLanguageTool fresh = new JLanguageTool(language());
                fresh.disableRules(disabledRules);
                return fresh;
            }
            made.decrementAndGet();
            try {
                return idle.take();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a spelling checker", interrupted);
            }
        }

        void release(JLanguageTool checker) {
            idle.offer(checker);
        }

        private Language language() {
            Language loaded = language;
            if (loaded == null) {
                loaded = Languages.getLanguageForShortCode(code);
                language = loaded;
            }
            return loaded;
        }
    }
}
