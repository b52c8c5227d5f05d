package org.lvzhi.adapter.web.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.lvzhi.application.shared.AlreadyExists;

/** Creating what exists already: 409, and the existing resource is untouched. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class AlreadyExistsHandler implements ExceptionHandler<AlreadyExists, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, AlreadyExists exception) {
        return Problems.of(HttpStatus.CONFLICT, exception.getMessage());
    }
}
