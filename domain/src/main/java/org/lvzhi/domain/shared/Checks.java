package org.lvzhi.domain.shared;

/** Guards shared by the value objects of every context. */
public final class Checks {

    private static final Messages MESSAGES = Messages.of(Checks.class);

    private Checks() {
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw MESSAGES.violation(field, "required");
        }
        return value;
    }

    /**
     * Trims the text and requires 1 to {@code maxLength} characters (code points, so 汉字 count as one each)
     * that keep the {@link TextRule}.
     */
    public static String text(String field, String value, int maxLength) {
        String trimmed = TextRule.check(field, required(field, value).strip());
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length == 0) {
            throw MESSAGES.violation(field, "blank");
        }
        if (length > maxLength) {
            throw MESSAGES.violation(field, "too-long", maxLength, length);
        }
        return trimmed;
    }

    /** Parses an enumerated value given as text, naming the allowed values when it is not one of them. */
    public static <E extends Enum<E>> E oneOf(String field, Class<E> type, String value) {
        required(field, value);
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            throw MESSAGES.violation(field, "not-one-of", value, java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
