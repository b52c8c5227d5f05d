package org.lvzhi.adapter.web.imports;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.lvzhi.adapter.web.shared.Problem;
import org.lvzhi.adapter.web.shared.Problems;
import org.lvzhi.application.imports.port.in.ConcurrentImport;

/** Another import of the same rows won: 409, nothing of this one was saved, repeating it skips those rows. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class ConcurrentImportHandler implements ExceptionHandler<ConcurrentImport, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConcurrentImport exception) {
        return Problems.of(HttpStatus.CONFLICT, exception.getMessage());
    }
}
