package org.lvzhi.domain.shared;

import java.util.Optional;

/**
 * What every text handed to the platform must be, whatever its field or channel (API, import): free of
 * control characters other than tab and line breaks (PostgreSQL refuses U+0000, and no screen shows the
 * others), and at most {@link #MAX_LENGTH} characters. Fields with a narrower bound check it as well.
 */
public final class TextRule {

    public static final int MAX_LENGTH = 20_000;

    private static final Messages MESSAGES = Messages.of(TextRule.class);

    private TextRule() {
    }

    /** Why the text breaks the rule within {@code maxLength} characters, if it does. */
    public static Optional<String> breach(String value, int maxLength) {
        if (value.codePoints().anyMatch(TextRule::isForbidden)) {
            return Optional.of(MESSAGES.text("control-character"));
        }
        int length = value.codePointCount(0, value.length());
        return length > maxLength ? Optional.of(MESSAGES.text("too-long", maxLength, length)) : Optional.empty();
    }

    public static Optional<String> breach(String value) {
        return breach(value, MAX_LENGTH);
    }

    /** The text itself when it keeps the rule; a violation naming the field when it does not. */
    public static String check(String field, String value) {
        breach(value).ifPresent(reason -> {
            throw new InvariantViolation(field, reason);
        });
        return value;
    }

    private static boolean isForbidden(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL && codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
    }
}
