package org.lvzhi.bootstrap;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every SQL statement the platform executed on pools opened through {@link CountingDriver}, in order: the statement
 * budgets of the reads are measured with it. A batch counts once, as it is one round trip; commit and rollback are
 * not statements.
 */
public final class StatementLog {

    private static final List<String> EXECUTED = new CopyOnWriteArrayList<>();

    private StatementLog() {
    }

    /** Points both of the platform's pools (app and platform role) at the counting driver. */
    public static void countOn(Map<String, String> properties) {
        for (String pool : List.of("default", "platform")) {
            String prefix = "datasources." + pool + ".";
            properties.put(prefix + "url", CountingDriver.PREFIX + properties.get(prefix + "url").substring("jdbc:".length()));
            properties.put(prefix + "driver-class-name", CountingDriver.class.getName());
        }
    }

    static void executed(String sql) {
        EXECUTED.add(sql);
    }

    public static void clear() {
        EXECUTED.clear();
    }

    public static List<String> executed() {
        return List.copyOf(EXECUTED);
    }

    /** The statements that change data (anything but a query). */
    public static List<String> writes() {
        return EXECUTED.stream()
                .filter(sql -> !sql.stripLeading().toUpperCase(Locale.ROOT).matches("(?s)^(SELECT|WITH|SHOW|VALUES).*"))
                .toList();
    }
}
