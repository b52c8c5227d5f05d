package org.lvzhi.domain.account;

import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

/**
 * What a password chosen by a person must be: 10 to 128 characters with a letter and a digit, and not the
 * login itself. (NIST SP 800-63B favours length over composition; the digit-and-letter rule is what
 * government users in China expect from 等保 guidance.) The demo accounts' {@code demo} predates it and is set
 * by the platform, never chosen.
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static String check(String field, String password, String login) {
        String chosen = Checks.required(field, password);
        Messages messages = Messages.of(PasswordPolicy.class);
        int length = chosen.codePointCount(0, chosen.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw messages.violation(field, "password.length", MIN_LENGTH, MAX_LENGTH);
        }
        if (chosen.chars().noneMatch(Character::isLetter) || chosen.chars().noneMatch(Character::isDigit)) {
            throw messages.violation(field, "password.mix");
        }
        if (chosen.equalsIgnoreCase(login)) {
            throw messages.violation(field, "password.is-login");
        }
        return chosen;
    }
}
