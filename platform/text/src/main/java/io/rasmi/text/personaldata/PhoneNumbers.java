package io.rasmi.text.personaldata;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers as people in Iraq write them, turned into E.164 with libphonenumber: a national number
 * ({@code 07701234567}) is read as Iraqi, international prefixes ({@code +964}, {@code 00964}) are understood, and
 * Arabic-Indic ({@code ٠١٢٣٤٥٦٧٨٩}) and Persian ({@code ۰۱۲۳۴۵۶۷۸۹}) digits count as digits.
 */
public final class PhoneNumbers {

    /** Numbers written without a country code are Iraqi. */
    public static final String DEFAULT_REGION = "IQ";

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private static final int MAX_LENGTH = 40;

    private PhoneNumbers() {
    }

    /** The number in E.164 (for example {@code +9647701234567}), or empty when it is not a valid phone number. */
    public static Optional<String> toE164(String written) {
        if (written == null || written.isBlank() || written.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = NUMBERS.parse(westernDigits(written), DEFAULT_REGION);
            // An extension cannot receive an SMS code, and E.164 has no place for it.
            if (number.hasExtension() || !NUMBERS.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException unparseable) {
            return Optional.empty();
        }
    }

    /**
     * Arabic-Indic and Persian digits as ASCII ones, and without the invisible direction marks that Arabic text
     * often carries around numbers.
     */
    public static String westernDigits(String written) {
        StringBuilder ascii = new StringBuilder(written.length());
        written.codePoints().forEach(c -> {
            if (c >= '\u0660' && c <= '\u0669') {
                ascii.append((char) ('0' + (c - '\u0660')));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                ascii.append((char) ('0' + (c - '\u06F0')));
            } else if (Character.getType(c) != Character.FORMAT) {
                ascii.appendCodePoint(c);
            }
        });
        return ascii.toString();
    }
}
