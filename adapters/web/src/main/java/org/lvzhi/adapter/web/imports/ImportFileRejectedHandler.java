package org.lvzhi.adapter.web.imports;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import org.lvzhi.adapter.web.shared.Problem;
import org.lvzhi.adapter.web.shared.Problems;
import org.lvzhi.application.imports.port.out.ImportFileRejected;

/** A file refused as a whole: 415 not CSV/XLSX, 413 too large, 422 too many rows, 400 unreadable, empty or missing. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class ImportFileRejectedHandler implements ExceptionHandler<ImportFileRejected, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ImportFileRejected exception) {
        HttpStatus status = switch (exception.reason()) {
            case UNSUPPORTED_FORMAT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case TOO_LARGE -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
            case TOO_MANY_ROWS -> HttpStatus.UNPROCESSABLE_ENTITY;
            case UNREADABLE, EMPTY, MISSING -> HttpStatus.BAD_REQUEST;
        };
        return Problems.of(status, exception.getMessage(), List.of(new Problem.FieldError("/file", exception.getMessage())));
    }
}
