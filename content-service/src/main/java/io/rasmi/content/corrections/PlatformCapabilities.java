package io.rasmi.content.corrections;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import io.rasmi.events.Platform;

/** The platform capability table of {@link CorrectionsConfig}, read per platform. */
@ApplicationScoped
public class PlatformCapabilities {

    @Inject
    CorrectionsConfig config;

    /** A platform missing from the table would make every correction on it a guess: refuse to start instead. */
    void requireEveryPlatform(@Observes StartupEvent started) {
        for (Platform platform : Platform.values()) {
            of(platform);
        }
    }

    public CorrectionsConfig.Capability of(Platform platform) {
        CorrectionsConfig.Capability capability = config.platforms().get(key(platform));
        if (capability == null) {
            throw new IllegalStateException("content.corrections.platforms." + key(platform)
                    + " is not configured: the platform capability table needs every platform");
        }
        return capability;
    }

    /**
     * Until when a post published at {@code publishedAt} may still be edited this way: empty when the platform does
     * not allow the edit, or when its window is limited and the publication time is unknown; {@link Instant#MAX} when
     * the window is unlimited.
     */
    static Optional<Instant> editableUntil(CorrectionsConfig.Editing editing, Instant publishedAt) {
        if (!editing.editable()) {
            return Optional.empty();
        }
        if (editing.window().isEmpty()) {
            return Optional.of(Instant.MAX);
        }
        return publishedAt == null ? Optional.empty() : Optional.of(publishedAt.plus(editing.window().get()));
    }

    static String key(Platform platform) {
        return platform.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
