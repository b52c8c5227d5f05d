package org.lvzhi.domain.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Chinese user-facing texts of one bounded context, read from the {@code messages.properties} bundle
 * that sits in the context's package.
 */
public final class Messages {

    private static final ResourceBundle LABELS =
            ResourceBundle.getBundle(Messages.class.getPackageName() + ".labels", Locale.ROOT, Messages.class.getModule());

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages of(Class<?> anyClassOfTheContext) {
        String bundleName = anyClassOfTheContext.getPackageName() + ".messages";
        return new Messages(ResourceBundle.getBundle(bundleName, Locale.ROOT, anyClassOfTheContext.getModule()));
    }

    /** The text for the key; enumerated arguments (levels, statuses, positions…) appear by their Chinese names. */
    public String text(String key, Object... arguments) {
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof Enum<?> value ? label(value) : arguments[i];
        }
        return new MessageFormat(bundle.getString(key), Locale.CHINA).format(shown);
    }

    /** The Chinese name of an enumerated value, from {@code labels.properties}; its code when it has none. */
    public static String label(Enum<?> value) {
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        return LABELS.containsKey(key) ? LABELS.getString(key) : value.name();
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public InvariantViolation violation(String field, String key, Object... arguments) {
        return new InvariantViolation(field, text(key, arguments));
    }
}
