package io.rasmi.console.web;

/**
 * Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩) and their Persian forms (۰۱۲۳۴۵۶۷۸۹), as Arabic keyboards type them, read as the
 * ASCII digits the services expect. Every number and handle the console passes on goes through this.
 */
public final class ArabicDigits {

    private ArabicDigits() {
    }

    /** {@code text} with every Arabic-Indic or extended Arabic-Indic digit replaced by its ASCII digit. */
    public static String toAscii(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = digitOf(c);
            if (digit >= 0) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, (char) ('0' + digit));
            }
        }
        return out == null ? text : out.toString();
    }

    private static int digitOf(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return c - '\u06F0';
        }
        return -1;
    }
}
