package org.lvzhi.adapter.web.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.lvzhi.application.shared.NotFound;

/** 404 that says no more than "not found": another congress's resource looks exactly like a missing one. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class NotFoundHandler implements ExceptionHandler<NotFound, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, NotFound exception) {
        return Problems.of(HttpStatus.NOT_FOUND, Problems.text("not-found"));
    }
}
