package org.lvzhi.adapter.web.shared;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedRouteHandler;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import java.util.List;

/** A request without the body or parameter the endpoint needs: 400. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Replaces(UnsatisfiedRouteHandler.class)
class MissingArgumentHandler implements ExceptionHandler<UnsatisfiedRouteException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, UnsatisfiedRouteException exception) {
        var argument = exception.getArgument();
        boolean body = argument.getAnnotationMetadata().hasAnnotation(Body.class);
        String message = body ? Problems.text("body.missing") : Problems.text("parameter.invalid", argument.getName());
        String pointer = body ? "" : Problems.pointer(argument.getName());
        return Problems.of(HttpStatus.BAD_REQUEST, message, List.of(new Problem.FieldError(pointer, message)));
    }
}
