package io.rasmi.content.moderation;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of comment moderation, under {@code content.moderation.*}. */
@ConfigMapping(prefix = "content.moderation")
public interface ModerationConfig {

    /** The most comments one export batch may carry; a larger batch is refused whole. */
    @WithDefault("500")
    int maxBatch();

    /** How soon a comment should have its first reply (G7.8): the target the statistics measure against. */
    @WithDefault("24h")
    Duration responseTarget();

    /** How far in the future a comment's time may be (clocks of exports differ a little). */
    @WithDefault("5m")
    Duration clockSkew();
}
