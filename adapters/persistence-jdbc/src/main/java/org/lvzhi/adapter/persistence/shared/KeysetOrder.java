package org.lvzhi.adapter.persistence.shared;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.lvzhi.application.shared.KeysetRequest;

/**
 * The order of a deep list read by keyset: one sort column, then the id, both in one direction, so that the rows after
 * a cursor are one row comparison, which PostgreSQL serves as an index condition of an index on
 * {@code (tenant_id, …, column, id)} read in that direction, and stops after the page.
 */
public record KeysetOrder(String column, String id, Type type, boolean descending) {

    /** What the sort column holds: its SQL type and how a cursor's text becomes a parameter (or is refused). */
    public enum Type {
        TEXT("text", text -> text),
        TIMESTAMP("timestamptz", text -> Timestamp.from(Instant.parse(text))),
        DATE("date", text -> Date.valueOf(LocalDate.parse(text)));

        private final String sql;
        private final Function<String, Object> parse;

        Type(String sql, Function<String, Object> parse) {
            this.sql = sql;
            this.parse = parse;
        }
    }

    public static KeysetOrder ascending(String column, String id, Type type) {
        return new KeysetOrder(column, id, type, false);
    }

    public static KeysetOrder descending(String column, String id, Type type) {
        return new KeysetOrder(column, id, type, true);
    }

    /** The rows after the cursor, to follow the statement's own conditions; its parameters are {@link #keyParameters}. */
    public String after() {
        return " AND (CAST(? AS " + type.sql + ") IS NULL OR (" + column + ", " + id + ") " + (descending ? "<" : ">")
                + " (CAST(? AS " + type.sql + "), CAST(? AS uuid)))";
    }

    public String orderBy() {
        String direction = descending ? " DESC" : "";
        return " ORDER BY " + column + direction + ", " + id + direction;
    }

    /** {@link #after}, the order and the limit; its parameters are {@link #parameters}. */
    public String page() {
        return after() + orderBy() + " LIMIT ?";
    }

    /** The cursor's sort value (twice) and id, all NULL on the first page; a cursor this order cannot read is refused. */
    public List<Object> keyParameters(KeysetRequest page) {
        Optional<List<Object>> key = page.afterKey(2, parts -> List.of(type.parse.apply(parts.get(0)), UUID.fromString(parts.get(1))));
        Object value = key.map(parts -> parts.get(0)).orElse(null);
        return Arrays.asList(value, value, key.map(parts -> parts.get(1)).orElse(null));
    }

    /** The statement's own parameters, then those of {@link #page}: one row more than the page, to know one follows. */
    public List<Object> parameters(List<Object> own, KeysetRequest page) {
        List<Object> parameters = new ArrayList<>(own);
        parameters.addAll(keyParameters(page));
        parameters.add(page.size() + 1);
        return parameters;
    }

    /** The cursor of a row: its sort value and its id. */
    public static String cursor(Object value, UUID id) {
        return KeysetRequest.cursor(value, id);
    }
}
