package org.lvzhi.application.imports;

import java.util.Map;
import java.util.Optional;

/** A data row read through the file's header: each column's text, stripped; empty cells are absent. */
record ImportRow(int number, Map<Column, String> values, Map<Column, String> headers) {

    Optional<String> value(Column column) {
        return Optional.ofNullable(values.get(column)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The column's header as this file names it (the Chinese header when the file lacks the column). */
    String header(Column column) {
        return headers.getOrDefault(column, column.header());
    }
}
