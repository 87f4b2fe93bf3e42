package io.rasmi.content.checks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the pre-publication checks, under {@code content.checks.*}. */
@ConfigMapping(prefix = "content.checks")
public interface ChecksConfig {

    Links links();

    Spelling spelling();

    Duplicates duplicates();

    /**
     * What the checks know of each entity, by entity code ({@code content.checks.entities.moh.domains=moh.gov.iq}):
     * content-service receives no entity events yet, so the entity's domains and website come from configuration
     * until account-service publishes them.
     */
    Map<String, EntitySite> entities();

    interface EntitySite {
        /** The entity's own domains: its links and e-mail addresses are official there. */
        Optional<List<String>> domains();

        /** The entity's website, which posts link back to (G3.4). */
        Optional<String> website();
    }

    interface Links {
        /** Hosts besides the entity's domains and gov.iq that posts may link to (a subdomain counts). */
        Optional<List<String>> allowedHosts();

        /** Whether links are fetched (HEAD) to see that they answer. */
        @WithDefault("true")
        boolean probe();

        /** How long a link may take to answer. */
        @WithDefault("3s")
        Duration timeout();

        /** How long an answer is remembered in this process; only an optimisation, each replica keeps its own. */
        @WithDefault("10m")
        Duration cacheTtl();

        @WithDefault("10000")
        int cacheSize();
    }

    interface Spelling {
        /** Whether LanguageTool checks spelling and grammar (G7.3.c). */
        @WithDefault("true")
        boolean enabled();

        /** Whether LanguageTool loads in the background when the service starts, so the first check is not slow. */
        @WithDefault("true")
        boolean warmUp();

        /**
         * How long after start the warm-up waits: past the service's own start (migrations, OIDC, Kafka), which it
         * would otherwise slow on a small machine. A check that comes first loads LanguageTool itself (slower, same
         * findings).
         */
        @WithDefault("20s")
        Duration warmUpDelay();

        /** Checkers per language held at once (a LanguageTool checker serves one thread at a time). */
        @WithDefault("4")
        int checkersPerLanguage();

        /**
         * LanguageTool rules to leave out, by id. {@code HUNSPELL_RULE_AR} turns Arabic spelling off: LanguageTool's
         * rule of that id is always replaced by {@code RASMI_HUNSPELL_RULE_AR}, which finds the same unknown words
         * but leaves the suggestions to a faster suggester (LanguageTool's takes seconds for a 2,000-character post).
         */
        Optional<List<String>> disabledRules();

        /**
         * The time one check may spend on the wider search for Arabic spelling suggestions (a few milliseconds for a
         * new word whose likely slips give nothing; a word met before costs nothing). Once it is spent, such words
         * are still found, with their position, but without suggestions until a later check.
         */
        @WithDefault("100ms")
        Duration suggestionBudget();

        /** Paragraphs whose findings are remembered (an editor re-checks mostly unchanged text). */
        @WithDefault("10000")
        int paragraphCacheSize();

        /** Arabic words whose suggestions are remembered. */
        @WithDefault("50000")
        int wordCacheSize();
    }

    interface Duplicates {
        /** Trigram similarity (as pg_trgm measures it) from which two texts are the same post. */
        @WithDefault("0.7")
        double similarity();

        @WithDefault("30d")
        Duration sameAccountWindow();

        @WithDefault("7d")
        Duration otherAccountWindow();
    }
}
