package io.rasmi.text.personaldata;

/**
 * Personal data found in a text: its kind, where it is in the original text ({@code start} inclusive, {@code end}
 * exclusive, in UTF-16 units as {@link String#substring(int, int)} counts), the text as written, and its canonical
 * value (E.164 for a phone number, lower case for an e-mail address, ASCII digits for a national ID).
 */
public record PersonalDataMatch(PersonalDataKind kind, int start, int end, String written, String value) {
}
