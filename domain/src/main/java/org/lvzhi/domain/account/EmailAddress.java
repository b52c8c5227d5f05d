package org.lvzhi.domain.account;

import java.util.regex.Pattern;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

/** An address an invitation or a password-reset link is sent to. */
public record EmailAddress(String value) {

    private static final Pattern WELL_FORMED = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_LENGTH = 254;

    public EmailAddress {
        value = Checks.required("email", value).strip();
        if (!isWellFormed(value)) {
            throw Messages.of(EmailAddress.class).violation("email", "email.invalid", value);
        }
    }

    public static boolean isWellFormed(String text) {
        return text.length() <= MAX_LENGTH && WELL_FORMED.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
