package org.lvzhi.application.imports;

import java.util.List;
import java.util.Locale;

/**
 * A column of an import: its Chinese header (as the template writes it), the English field name also accepted,
 * and whether a file must have it.
 */
record Column(String header, String field, boolean required) {

    static Column required(String header, String field) {
        return new Column(header, field, true);
    }

    static Column optional(String header, String field) {
        return new Column(header, field, false);
    }

    /** Whether a header cell names this column: the Chinese header, or the field name in any case. */
    boolean isNamedBy(String cell) {
        String name = cell.strip().replace("\uFEFF", "");
        return name.equals(header) || name.toLowerCase(Locale.ROOT).equals(field.toLowerCase(Locale.ROOT));
    }

    static List<String> headers(List<Column> columns) {
        return columns.stream().map(Column::header).toList();
    }
}
