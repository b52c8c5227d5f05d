package org.lvzhi.adapter.web.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.lvzhi.application.shared.AccessDenied;

@Produces(Problem.MEDIA_TYPE)
@Singleton
class AccessDeniedHandler implements ExceptionHandler<AccessDenied, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, AccessDenied exception) {
        return Problems.of(HttpStatus.FORBIDDEN, exception.getMessage());
    }
}
