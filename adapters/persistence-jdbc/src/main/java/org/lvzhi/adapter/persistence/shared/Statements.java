package org.lvzhi.adapter.persistence.shared;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.UUID;

/**
 * Plain SQL on the business transaction's connection, for the adapters that write their own: positional parameters
 * bound in order (arrays of ids or texts as SQL arrays), rows read one by one, counts for paging.
 */
public final class Statements {

    private Statements() {
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    public static <T> List<T> list(JdbcOperations jdbc, String sql, List<?> parameters, RowReader<T> reader) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(reader.read(rows));
                }
                return found;
            }
        });
    }

    /**
     * Hands each row to {@code each} as it is read, {@code fetchSize} rows a round trip: within the transaction the
     * driver reads through a cursor, so memory holds one batch of rows however many the statement returns.
     */
    public static <T> void each(JdbcOperations jdbc, String sql, List<?> parameters, int fetchSize, RowReader<T> reader,
            Consumer<T> each) {
        jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            statement.setFetchSize(fetchSize);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    each.accept(reader.read(rows));
                }
            }
            return null;
        });
    }

    public static long count(JdbcOperations jdbc, String sql, List<?> parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    public static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            switch (parameters.get(i)) {
                case UUID[] ids -> statement.setArray(i + 1, statement.getConnection().createArrayOf("uuid", ids));
                case String[] texts -> statement.setArray(i + 1, statement.getConnection().createArrayOf("text", texts));
                case LocalDate[] dates -> statement.setArray(i + 1, statement.getConnection().createArrayOf("date",
                        Arrays.stream(dates).map(Date::valueOf).toArray()));
                case null -> statement.setObject(i + 1, null);
                case Object value -> statement.setObject(i + 1, value);
            }
        }
    }
}
