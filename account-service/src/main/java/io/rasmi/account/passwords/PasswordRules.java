package io.rasmi.account.passwords;

import java.util.Locale;

import io.rasmi.platform.problem.ProblemException;

/**
 * What makes a password acceptable for an official account (G6.f): at least 12 characters mixing letters, digits
 * and symbols, and nothing an attacker would guess first, the account's handle or the entity's code. The refusals
 * never repeat the password.
 */
final class PasswordRules {

    static final int MINIMUM_LENGTH = 12;

    private PasswordRules() {
    }

    static void requireStrong(String password, String handle, String entityCode) {
        if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            throw ProblemException.ruleViolated("G6.f", "password.too-short", MINIMUM_LENGTH);
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        boolean symbol = password.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c) && !Character.isWhitespace(c));
        if (!letter || !digit || !symbol) {
            throw ProblemException.ruleViolated("G6.f", "password.missing-kinds");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.contains(handle.toLowerCase(Locale.ROOT)) || lower.contains(entityCode.toLowerCase(Locale.ROOT))) {
            throw ProblemException.ruleViolated("G6.f", "password.contains-name");
        }
    }
}
