package org.lvzhi.adapter.persistence.shared;

import java.sql.SQLException;
import java.util.Optional;

/** The SQL state behind a failure, wherever the framework wrapped the SQLException. */
public final class SqlStates {

    private SqlStates() {
    }

    public static Optional<String> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }
}
