package io.rasmi.text.personaldata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;

/**
 * Finds personal data in free text (G6.i, G8.5), with its position in the text as written. One copy for every
 * service: account-service screens profiles with it, content-service posts and comments.
 * <ul>
 *   <li><b>Phone numbers</b>: libphonenumber's {@code findNumbers} with region {@code IQ}, after Arabic-Indic
 *       (٠-٩) and Persian (۰-۹) digits are read as ASCII ones and invisible direction marks as spaces: both
 *       replacements keep every character where it was, so positions are those of the original text. Only mobile
 *       numbers are personal: a landline or a short code ({@code 122}) is a body's switchboard.</li>
 *   <li><b>E-mail addresses</b> that the caller's {@code official} rule does not accept (the service decides:
 *       the entity's domains and {@code gov.iq}, see the kit's {@code DomainNames}; this jar knows no domains).</li>
 *   <li><b>Iraqi national ID numbers</b>: the unified national card (البطاقة الوطنية الموحدة, issued by the Ministry
 *       of the Interior's Directorate of National Card since 2016) carries a 12-digit national number. We match a
 *       run of exactly 12 digits, written together, that no other digit, decimal point or separator continues,
 *       which libphonenumber did not read as a phone number, which does not start with {@code 0} or {@code 964}
 *       (how phone numbers are written), and which is not a time stamp ({@code yyyyMMddHHmm}). The format of the
 *       number is public (card images, the directorate's announcements); its internal structure is not, so no
 *       checksum is applied: a 12-digit number in a post is rare enough that a reviewer should look at it.</li>
 * </ul>
 * Thread-safe.
 */
public final class PersonalDataScanner {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![\\p{Nd}.,/:-])\\p{Nd}{12}(?![\\p{Nd}]|[.,/:-]\\p{Nd})");

    private PersonalDataScanner() {
    }

    /** Every piece of personal data in {@code text}, in order of position; e-mail addresses {@code official} accepts are left out. */
    public static List<PersonalDataMatch> scan(String text, Predicate<String> official) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String digits = asciiDigitsInPlace(text);
        List<PersonalDataMatch> found = new ArrayList<>();
        List<int[]> numbers = new ArrayList<>();
        for (PhoneNumberMatch match : PHONES.findNumbers(digits, PhoneNumbers.DEFAULT_REGION)) {
            int end = match.start() + match.rawString().length();
            numbers.add(new int[] { match.start(), end });
            PhoneNumberType type = PHONES.getNumberType(match.number());
            if (type == PhoneNumberType.MOBILE || type == PhoneNumberType.PERSONAL_NUMBER) {
                found.add(new PersonalDataMatch(PersonalDataKind.PHONE_NUMBER, match.start(), end,
                        text.substring(match.start(), end),
                        PHONES.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164)));
            }
        }
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            if (!official.test(email.group())) {
                found.add(new PersonalDataMatch(PersonalDataKind.EMAIL_ADDRESS, email.start(), email.end(),
                        email.group(), email.group().toLowerCase(Locale.ROOT)));
            }
        }
        Matcher id = TWELVE_DIGITS.matcher(digits);
        while (id.find()) {
            String value = id.group();
            if (!overlaps(numbers, id.start(), id.end()) && !value.startsWith("0") && !value.startsWith("964")
                    && !isTimestamp(value) && !insideEmail(found, id.start())) {
                found.add(new PersonalDataMatch(PersonalDataKind.NATIONAL_ID, id.start(), id.end(),
                        text.substring(id.start(), id.end()), value));
            }
        }
        found.sort(Comparator.comparingInt(PersonalDataMatch::start));
        return found;
    }

    /** The personal phone numbers alone (G6.i in a profile). */
    public static List<PersonalDataMatch> phoneNumbers(String text) {
        return scan(text, email -> true).stream().filter(m -> m.kind() == PersonalDataKind.PHONE_NUMBER).toList();
    }

    /**
     * {@code text} with Arabic-Indic and Persian digits as ASCII ones and invisible format characters (direction
     * marks) as spaces: one character for one, so every position stays where it was.
     */
    static String asciiDigitsInPlace(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\u0660' && c <= '\u0669') {
                chars[i] = (char) ('0' + (c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                chars[i] = (char) ('0' + (c - '\u06F0'));
            } else if (Character.getType(c) == Character.FORMAT) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(span -> span[0] < end && start < span[1]);
    }

    private static boolean insideEmail(List<PersonalDataMatch> found, int position) {
        return found.stream().anyMatch(m -> m.kind() == PersonalDataKind.EMAIL_ADDRESS
                && m.start() <= position && position < m.end());
    }

    /** Whether 12 digits read as a time stamp yyyyMMddHHmm of the years 1900-2099. */
    private static boolean isTimestamp(String digits) {
        int year = Integer.parseInt(digits.substring(0, 4));
        int month = Integer.parseInt(digits.substring(4, 6));
        int day = Integer.parseInt(digits.substring(6, 8));
        int hour = Integer.parseInt(digits.substring(8, 10));
        int minute = Integer.parseInt(digits.substring(10, 12));
        return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23
                && minute <= 59;
    }
}
