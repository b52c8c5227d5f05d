package org.lvzhi.adapter.console;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The console's Chinese texts (console.properties) and its way of writing dates: 2026年12月2日. */
public final class ConsoleText {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("console", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

    private ConsoleText() {
    }

    public static String text(String key, Object... arguments) {
        String text = TEXTS.getString(key);
        return arguments.length == 0 ? text : MessageFormat.format(text, arguments);
    }

    /** The text of the key, or {@code fallback} where the console has none (a code a profile may add). */
    public static String textOr(String key, String fallback) {
        return TEXTS.containsKey(key) ? TEXTS.getString(key) : fallback;
    }

    /** The label of an enum constant, keyed by its type and name ({@code QuotaStatus.MET}). */
    public static String label(Enum<?> constant) {
        return text(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }
}
