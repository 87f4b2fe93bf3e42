package io.rasmi.content.checks;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The messages of findings, from {@code io/rasmi/content/checks/findings_{ar,en}.properties}. */
final class FindingMessages {

    private static final String BUNDLE = "io.rasmi.content.checks.findings";

    private FindingMessages() {
    }

    static String format(String key, Locale locale, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, FindingMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
