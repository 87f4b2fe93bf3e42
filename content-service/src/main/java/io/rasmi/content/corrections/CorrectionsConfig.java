package io.rasmi.content.corrections;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * Settings of error correction (G7.5), under {@code content.corrections.*}: the platform capability table, what
 * each platform lets an account do to a post after publishing. Keyed by the platform's name in lower case with
 * hyphens ({@code facebook}, {@code x}, {@code whatsapp-channel}); {@link PlatformCapabilities} refuses to start
 * without an entry for every platform. The table and the source of each row are in {@code application.properties}.
 */
@ConfigMapping(prefix = "content.corrections")
public interface CorrectionsConfig {

    Map<String, Capability> platforms();

    /** What a platform allows on a published post. */
    interface Capability {

        /** Editing the post's text (caption, description). */
        Editing text();

        /** Replacing or changing the post's media (image, video). */
        Editing media();
    }

    interface Editing {

        /** Whether the platform allows the edit at all. */
        boolean editable();

        /** For how long after publishing; absent means as long as the post is up. */
        Optional<Duration> window();
    }
}
