package io.rasmi.events;

/** A social media platform an official account lives on. */
public enum Platform {
    FACEBOOK,
    X,
    INSTAGRAM,
    YOUTUBE,
    TIKTOK,
    TELEGRAM,
    LINKEDIN,
    THREADS,
    SNAPCHAT,
    WHATSAPP_CHANNEL
}
