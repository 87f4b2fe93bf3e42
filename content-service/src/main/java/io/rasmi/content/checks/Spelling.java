package io.rasmi.content.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.runtime.StartupEvent;

/**
 * Spelling and grammar with LanguageTool (G7.3.c), Arabic and English; Kurdish has no LanguageTool module and is not
 * checked.
 * <ul>
 * <li>LanguageTool loads its rules and dictionaries once per process (seconds), in the background some time after the
 * service started ({@code warm-up-delay}, so that it does not slow the start itself). A checker serves one thread at
 * a time, so each language keeps a few, made when first needed and reused.</li>
 * <li>Arabic spelling is {@link ArabicSpellingRule} (LanguageTool's Hunspell rule finding unknown words) with
 * {@link ArabicSuggestions} (suggestions within {@code suggestion-budget} per check): LanguageTool's own rule spends
 * seconds on a post computing Hunspell suggestions.</li>
 * <li>A draft is checked as one task on a spelling thread, paragraph by paragraph, and each
 * paragraph's findings are remembered (bounded, by a hash of the language and the exact paragraph): an editor
 * re-checks text that is mostly unchanged. Rules that look across paragraphs see one paragraph at a time.</li>
 * </ul>
 */
@ApplicationScoped
public class Spelling {

    private static final Logger LOG = Logger.getLogger(Spelling.class);
    private static final int MAX_SUGGESTIONS = 5;

    private final ChecksConfig.Spelling config;
    private final Map<DraftForChecks.Language, Checkers> checkers = new EnumMap<>(DraftForChecks.Language.class);
    private final Cache<String, List<Match>> paragraphs;
    private final ExecutorService threads;
    private volatile ArabicSuggestions arabicSuggestions;

    /** A finding of LanguageTool in a paragraph; Arabic unknown words get their suggestions when reported. */
    private record Match(int from, int to, String message, List<String> suggestions, boolean unknownArabicWord) {
    }

    @Inject
    public Spelling(ChecksConfig config) {
        this.config = config.spelling();
        List<String> disabled = this.config.disabledRules().orElse(List.of());
        int size = Math.max(1, this.config.checkersPerLanguage());
        checkers.put(DraftForChecks.Language.AR, new Checkers("ar", size, disabled));
        checkers.put(DraftForChecks.Language.EN, new Checkers("en-US", size, disabled));
        this.paragraphs = Caffeine.newBuilder().maximumSize(this.config.paragraphCacheSize()).build();
        AtomicInteger made = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(size, work -> {
            Thread thread = new Thread(work, "spelling-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    void warmUp(@Observes StartupEvent started) {
        if (config.enabled() && config.warmUp()) {
            Thread loader = new Thread(() -> {
                try {
                    Thread.sleep(config.warmUpDelay().toMillis());
                    check(DraftForChecks.Language.AR, "body", "نص للتحميل في المحافضات");
                    check(DraftForChecks.Language.EN, "body", "A text to load.");
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException failed) {
                    LOG.warnf("LanguageTool did not load in the background: %s", failed.getMessage());
                }
            }, "languagetool-warm-up");
            loader.setDaemon(true);
            loader.start();
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }

    /** The spelling and grammar findings in {@code text}, a field of a post in {@code language}. */
    public List<Finding> check(DraftForChecks.Language language, String field, String text) {
        return await(start(language, List.of(new TextFields(field, text))));
    }

    /**
     * Starts checking {@code fields} as ONE task on a spelling thread, which checks their paragraphs in turn with one
     * checker: a draft's title, body and media descriptions are one hop and one borrowed checker, not one per
     * paragraph (on two busy cores, several tasks of one draft only queued behind each other and made more checkers).
     * The findings come in field order.
     */
    CompletableFuture<List<Finding>> start(DraftForChecks.Language language, List<TextFields> fields) {
        Checkers pool = checkers.get(language);
        if (!config.enabled() || pool == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        SuggestionBudget budget = new SuggestionBudget(config.suggestionBudget());
        List<Paragraph> paragraphs = new ArrayList<>();
        for (TextFields field : fields) {
            String text = field.text();
            if (text == null) {
                continue;
            }
            int from = 0;
            while (from < text.length()) {
                int end = text.indexOf('\n', from);
                int to = end < 0 ? text.length() : end;
                if (!text.substring(from, to).isBlank()) {
                    paragraphs.add(new Paragraph(field.field(), text, from, to));
                }
                from = to + 1;
            }
        }
        if (paragraphs.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return CompletableFuture.supplyAsync(() -> {
            List<Finding> findings = new ArrayList<>();
            for (Paragraph paragraph : paragraphs) {
                findings.addAll(findings(pool, language, paragraph.field(), paragraph.text(), paragraph.offset(),
                        paragraph.end(), budget));
            }
            return findings;
        }, threads);
    }

    /** A paragraph of a field: {@code [offset, end)} of the field's {@code text}. */
    private record Paragraph(String field, String text, int offset, int end) {
    }

    /** The result of {@code checking}, with LanguageTool's failure as it was thrown. */
    static <T> T await(CompletableFuture<T> checking) {
        try {
            return checking.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /** Forgets every remembered paragraph and word (the benchmark measures the first check of a new text). */
    void forget() {
        paragraphs.invalidateAll();
        if (arabicSuggestions != null) {
            arabicSuggestions.forget();
        }
    }

    private List<Finding> findings(Checkers pool, DraftForChecks.Language language, String field, String text,
            int offset, int end, SuggestionBudget budget) {
        String paragraph = text.substring(offset, end);
        List<Match> matches = paragraphs.get(key(language, paragraph), k -> matches(pool, paragraph));
        List<Finding> findings = new ArrayList<>();
        for (Match match : matches) {
            List<String> suggestions = match.suggestions();
            if (match.unknownArabicWord()) {
                Set<String> merged = new LinkedHashSet<>(suggestions);
                merged.addAll(arabicSuggestions(pool).suggest(paragraph.substring(match.from(), match.to()), budget));
                suggestions = List.copyOf(merged);
            }
            findings.add(Finding.of(ContentCheck.SPELLING, field, "spelling.issue", match.message())
                    .at(text, offset + match.from(), offset + match.to())
                    .suggestions(suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size()))).build());
        }
        return findings;
    }

    private static List<Match> matches(Checkers pool, String paragraph) {
        JLanguageTool checker = pool.borrow();
        List<RuleMatch> found;
        try {
            found = checker.check(paragraph);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } finally {
            pool.release(checker);
        }
        List<Match> matches = new ArrayList<>();
        for (RuleMatch match : found) {
            boolean unknownArabicWord = ArabicSpellingRule.ID.equals(match.getRule().getId())
                    && match.getType() == RuleMatch.Type.UnknownWord
                    && paragraph.substring(match.getFromPos(), match.getToPos()).indexOf(' ') < 0;
            matches.add(new Match(match.getFromPos(), match.getToPos(), plain(match.getMessage()),
                    List.copyOf(match.getSuggestedReplacements()), unknownArabicWord));
        }
        return List.copyOf(matches);
    }

    private ArabicSuggestions arabicSuggestions(Checkers pool) {
        ArabicSuggestions made = arabicSuggestions;
        if (made == null) {
            synchronized (this) {
                made = arabicSuggestions;
                if (made == null) {
                    ArabicSpellingRule dictionary = new ArabicSpellingRule(pool.language());
                    made = new ArabicSuggestions(dictionary::known, MAX_SUGGESTIONS, config.wordCacheSize());
                    arabicSuggestions = made;
                }
            }
        }
        return made;
    }

    /** The paragraph's cache key: a hash, so the cache holds no post text. */
    private static String key(DraftForChecks.Language language, String paragraph) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(language.name().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return HexFormat.of().formatHex(sha256.digest(paragraph.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
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
            this.size = size;
            this.disabledRules = disabledRules;
        }

        JLanguageTool borrow() {
            JLanguageTool checker = idle.poll();
            if (checker != null) {
                return checker;
            }
            if (made.incrementAndGet() <= size) {
                return fresh();
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

        private JLanguageTool fresh() {
            JLanguageTool checker = new JLanguageTool(language());
            if ("ar".equals(code)) {
                checker.addRule(new ArabicSpellingRule(language()));
                checker.disableRule(ArabicSpellingRule.REPLACED);
                if (disabledRules.contains(ArabicSpellingRule.REPLACED)) {
                    checker.disableRule(ArabicSpellingRule.ID);
                }
            }
            checker.disableRules(disabledRules);
            return checker;
        }

        Language language() {
            Language loaded = language;
            if (loaded == null) {
                loaded = Languages.getLanguageForShortCode(code);
                language = loaded;
            }
            return loaded;
        }
    }
}
