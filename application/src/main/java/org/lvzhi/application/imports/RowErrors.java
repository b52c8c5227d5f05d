package org.lvzhi.application.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.lvzhi.application.imports.port.in.RowError;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.TextRule;
import org.lvzhi.domain.shared.Violation;

/** The errors found in one row, each naming its column. */
final class RowErrors {

    private static final Messages MESSAGES = Messages.of(RowErrors.class);

    private final ImportRow row;
    private final List<RowError> found = new ArrayList<>();

    RowErrors(ImportRow row) {
        this.row = row;
    }

    void add(Column column, String key, Object... arguments) {
        addText(row.header(column), MESSAGES.text(key, arguments));
    }

    void addText(String column, String message) {
        found.add(new RowError(row.number(), column, message));
    }

    /** The {@link TextRule} on every cell of the row, before any column is read. */
    void checkText() {
        row.values().forEach((column, value) -> {
            if (value != null) {
                TextRule.breach(value).ifPresent(reason -> addText(row.header(column), reason));
            }
        });
    }

    /** Runs a domain check of one column; returns its value, or null after recording why it failed. */
    <T> T check(Column column, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvariantViolation violation) {
            violation.violations().forEach(v -> addText(row.header(column), v.message()));
            return null;
        }
    }

    /** Runs a domain check of several columns; each violation is reported against the column its field names. */
    <T> T check(Function<String, Column> columnOfField, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvariantViolation violation) {
            for (Violation v : violation.violations()) {
                addText(row.header(columnOfField.apply(v.field())), v.message());
            }
            return null;
        }
    }

    /** A required column left empty: recorded, and the value is absent. */
    String required(Column column) {
        return row.value(column).orElseGet(() -> {
            add(column, "cell.required");
            return null;
        });
    }

    boolean any() {
        return !found.isEmpty();
    }

    List<RowError> list() {
        return List.copyOf(found);
    }
}
