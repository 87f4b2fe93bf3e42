package io.rasmi.platform.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Titles and details of problems in Arabic and English. A service's own {@code messages_*.properties} are read
 * first, then the kit's, so a service adds keys without repeating the common ones.
 */
@ApplicationScoped
public class ProblemMessages {

    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String SERVICE_BUNDLE = "messages";
    private static final String KIT_BUNDLE = "io.rasmi.platform.problem.messages";

    /** Arabic first (DESIGN.md): Arabic unless the caller prefers English before any Arabic. */
    public Locale choose(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if ("ar".equals(language)) {
                return ARABIC;
            }
            if ("en".equals(language)) {
                return ENGLISH;
            }
        }
        return ARABIC;
    }

    public String title(ProblemType type, Locale locale) {
        return text("title." + type.slug(), locale, new Object[0]);
    }

    public String text(String key, Locale locale, Object[] arguments) {
        String pattern = lookup(SERVICE_BUNDLE, key, locale);
        if (pattern == null) {
            pattern = lookup(KIT_BUNDLE, key, locale);
        }
        if (pattern == null) {
            return key;
        }
        return arguments == null || arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private static String lookup(String bundle, String key, Locale locale) {
        try {
            ResourceBundle resources = ResourceBundle.getBundle(bundle, locale, ProblemMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return resources.containsKey(key) ? resources.getString(key) : null;
        } catch (MissingResourceException missing) {
            return null;
        }
    }
}
