package io.rasmi.text;

/** Why two names were found alike; a reader-facing code, UPPER_SNAKE like every enum of the APIs. */
public enum SimilarityReason {
    /** Character for character the same. */
    IDENTICAL,
    /** The same after folding case, Arabic spelling variants (alef, hamza, taa marbuta, alef maqsura), tashkeel,
     *  tatweel, digits, separators and invisible characters. */
    NORMALISED,
    /** The same to the eye: look-alike characters such as l/1/I, 0/O, rn/m, vv/w. */
    CONFUSABLE_CHARACTERS,
    /** The same consonants once Arabic is written in Latin letters (or the other way round). */
    TRANSLITERATION,
    /** Alike once words every government name shares ("ministry", "وزارة", "iraq", ...) are left aside. */
    GENERIC_WORDS_IGNORED,
    /** Not the same, but a few edits apart. */
    EDIT_DISTANCE
}
