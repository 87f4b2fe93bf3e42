package io.rasmi.console.web;

import java.util.Locale;

/**
 * The languages the console speaks: Arabic first and right to left, English a click away. The choice travels in a
 * cookie, so every page (and every service call made for it) follows it.
 */
public enum Language {
    AR("ar", "rtl"),
    EN("en", "ltr");

    /** The cookie that keeps the user's choice. */
    public static final String COOKIE = "rasmi-lang";

    private final String code;
    private final String dir;

    Language(String code, String dir) {
        this.code = code;
        this.dir = dir;
    }

    /** The language of a cookie or link value; anything unknown, or nothing, is Arabic. */
    public static Language of(String code) {
        return "en".equalsIgnoreCase(code) ? EN : AR;
    }

    public String code() {
        return code;
    }

    /** The writing direction for the {@code dir} attribute. */
    public String dir() {
        return dir;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The other language, the one the header's switch offers. */
    public Language other() {
        return this == AR ? EN : AR;
    }

    /** Picks the text in this language from a pair the services send in both. */
    public String pick(String ar, String en) {
        String chosen = this == AR ? ar : en;
        return chosen == null || chosen.isBlank() ? (this == AR ? en : ar) : chosen;
    }
}
