package io.rasmi.kpi.metrics;

import static io.rasmi.events.Platform.FACEBOOK;
import static io.rasmi.events.Platform.INSTAGRAM;
import static io.rasmi.events.Platform.LINKEDIN;
import static io.rasmi.events.Platform.SNAPCHAT;
import static io.rasmi.events.Platform.TELEGRAM;
import static io.rasmi.events.Platform.THREADS;
import static io.rasmi.events.Platform.TIKTOK;
import static io.rasmi.events.Platform.WHATSAPP_CHANNEL;
import static io.rasmi.events.Platform.X;
import static io.rasmi.events.Platform.YOUTUBE;

import java.util.EnumSet;
import java.util.Set;

import io.rasmi.events.Platform;

/**
 * The indicators of G9.1 and G9.2 as a catalogue: one constant per metric, with its Arabic and English title, its
 * unit, how figures of several days combine, and the platforms whose analytics report it (what their own dashboards
 * and APIs give a page or channel owner: Meta Insights, X analytics, YouTube Analytics, TikTok, Telegram channel
 * statistics, LinkedIn page analytics, Snapchat Insights, WhatsApp channel insights).
 */
public enum Metric {

    FOLLOWERS("المتابعون", "Followers", Unit.COUNT, Aggregation.LAST, "G9.2",
            EnumSet.allOf(Platform.class)),
    NEW_FOLLOWERS("المتابعون الجدد", "New followers", Unit.COUNT, Aggregation.SUM, "G9.2",
            EnumSet.of(FACEBOOK, X, INSTAGRAM, YOUTUBE, TIKTOK, TELEGRAM, LINKEDIN, THREADS, SNAPCHAT)),
    POSTS("المنشورات", "Posts", Unit.COUNT, Aggregation.SUM, "G9.2",
            EnumSet.allOf(Platform.class)),
    SHARES("المشاركات", "Shares", Unit.COUNT, Aggregation.SUM, "G9.2",
            EnumSet.of(FACEBOOK, X, INSTAGRAM, YOUTUBE, TIKTOK, TELEGRAM, LINKEDIN, THREADS, SNAPCHAT)),
    USER_GENERATED_CONTENT("المحتوى الذي ينشئه المتابعون", "Follower-generated content", Unit.COUNT, Aggregation.SUM,
            "G9.2", EnumSet.of(FACEBOOK, X, INSTAGRAM, TIKTOK, LINKEDIN, THREADS)),
    REACH("الوصول", "Reach", Unit.COUNT, Aggregation.SUM, "G9.2",
            EnumSet.of(FACEBOOK, INSTAGRAM, YOUTUBE, TIKTOK, LINKEDIN, THREADS, SNAPCHAT)),
    IMPRESSIONS("مرات الظهور", "Impressions", Unit.COUNT, Aggregation.SUM, "G9.2",
            EnumSet.of(FACEBOOK, X, INSTAGRAM, YOUTUBE, TIKTOK, TELEGRAM, LINKEDIN, THREADS, SNAPCHAT, WHATSAPP_CHANNEL)),
    ENGAGEMENTS("التفاعلات", "Engagements", Unit.COUNT, Aggregation.SUM, "G9.1",
            EnumSet.allOf(Platform.class)),
    VIDEO_VIEWS("مشاهدات الفيديو", "Video views", Unit.COUNT, Aggregation.SUM, "G9.1",
            EnumSet.of(FACEBOOK, X, INSTAGRAM, YOUTUBE, TIKTOK, LINKEDIN, THREADS, SNAPCHAT)),
    COMMENTS("التعليقات", "Comments", Unit.COUNT, Aggregation.SUM, "G9.1",
            EnumSet.of(FACEBOOK, X, INSTAGRAM, YOUTUBE, TIKTOK, TELEGRAM, LINKEDIN, THREADS)),
    RESPONSE_TIME("زمن الاستجابة", "Response time", Unit.SECONDS, Aggregation.AVERAGE, "G9.1",
            EnumSet.of(FACEBOOK, X, INSTAGRAM));

    /** What a figure counts. */
    public enum Unit {
        /** A whole number of people, posts or actions. */
        COUNT,
        /** Seconds, with up to three decimals. */
        SECONDS
    }

    /** How the figures of several days become one (a week, a month, a breakdown over a period). */
    public enum Aggregation {
        /** Flows add up: new followers, posts, shares, reach and impressions as the platforms report them per day. */
        SUM,
        /** Levels take the newest day's figure: followers at the end of the period. */
        LAST,
        /** Durations average over the days reported. */
        AVERAGE
    }

    private final String titleAr;
    private final String titleEn;
    private final Unit unit;
    private final Aggregation aggregation;
    private final String clause;
    private final Set<Platform> platforms;

    Metric(String titleAr, String titleEn, Unit unit, Aggregation aggregation, String clause, Set<Platform> platforms) {
        this.titleAr = titleAr;
        this.titleEn = titleEn;
        this.unit = unit;
        this.aggregation = aggregation;
        this.clause = clause;
        this.platforms = platforms;
    }

    public String titleAr() {
        return titleAr;
    }

    public String titleEn() {
        return titleEn;
    }

    public Unit unit() {
        return unit;
    }

    public Aggregation aggregation() {
        return aggregation;
    }

    public String clause() {
        return clause;
    }

    public Set<Platform> platforms() {
        return EnumSet.copyOf(platforms);
    }

    public boolean reportedBy(Platform platform) {
        return platforms.contains(platform);
    }

    /** The metric named {@code name} exactly, or null: batches and queries name metrics in UPPER_SNAKE. */
    public static Metric named(String name) {
        for (Metric metric : values()) {
            if (metric.name().equals(name)) {
                return metric;
            }
        }
        return null;
    }
}
