package org.lvzhi.adapter.web.shared;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure no other handler names. The database out of reach (the pool gave up waiting for a connection, or the
 * server went away under a request) answers 503 with {@code Retry-After}: the client may try again (with the same
 * {@code Idempotency-Key} for a POST whose commit it cannot know). Anything else answers 500. Either way the body is a generic problem: SQL, pool state and stack traces go to
 * the log, never to the client.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class UnexpectedFailureHandler implements ExceptionHandler<RuntimeException, HttpResponse<Problem>> {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailureHandler.class);
    /** Connection exceptions (class 08) and the server shutting down, crashed or starting (57P01-57P03). */
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");
    private static final String HIKARI_CLOSED = "Connection is closed";

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RuntimeException failure) {
        if (databaseOutOfReach(failure)) {
            LOG.warn("{} {}: the database is out of reach: {}", request.getMethod(), request.getPath(), failure.toString());
            return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.text("database.unavailable"))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        LOG.error("{} {} failed", request.getMethod(), request.getPath(), failure);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.text("internal"));
    }

    /** Looks through the causes, and what was suppressed on the way (a failed rollback on the broken connection). */
    static boolean databaseOutOfReach(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (outOfReach(cause) || Arrays.stream(cause.getSuppressed()).anyMatch(UnexpectedFailureHandler::databaseOutOfReach)) {
                return true;
            }
        }
        return false;
    }

    private static boolean outOfReach(Throwable cause) {
        return switch (cause) {
            case SQLTransientConnectionException waitedInVain -> true;
            case SocketException brokenOrRefused -> true;
            case SQLException sql when sql.getSQLState() != null ->
                    sql.getSQLState().startsWith("08") || SERVER_GONE.contains(sql.getSQLState());
            // The pool's own word for a connection it already found broken.
            case SQLException sql -> HIKARI_CLOSED.equals(sql.getMessage());
            default -> false;
        };
    }
}
