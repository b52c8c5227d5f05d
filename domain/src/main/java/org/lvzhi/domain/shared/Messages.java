package org.lvzhi.domain.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Chinese user-facing texts of one bounded context, read from the {@code messages.properties} bundle
 * that sits in the context's package.
 */
public final class Messages {

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages of(Class<?> anyClassOfTheContext) {
        String bundleName = anyClassOfTheContext.getPackageName() + ".messages";
        return new Messages(ResourceBundle.getBundle(bundleName, Locale.ROOT, anyClassOfTheContext.getModule()));
    }

    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), Locale.CHINA).format(arguments);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public InvariantViolation violation(String field, String key, Object... arguments) {
        return new InvariantViolation(field, text(key, arguments));
    }
}
