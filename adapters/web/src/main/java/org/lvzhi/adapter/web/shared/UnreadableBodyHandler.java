package org.lvzhi.adapter.web.shared;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;

/** A body that is not JSON, or a value of the wrong type for its field or parameter: 400. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Replaces(ConversionErrorHandler.class)
class UnreadableBodyHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
        var argument = exception.getArgument();
        if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
            String reason = UnreadableBody.reason(exception.getConversionError().getCause());
            return Problems.of(HttpStatus.BAD_REQUEST, reason, List.of(new Problem.FieldError("", reason)));
        }
        return Problems.of(HttpStatus.BAD_REQUEST, Problems.text("parameter.invalid", argument.getName()),
                List.of(new Problem.FieldError(Problems.pointer(argument.getName()), Problems.text("parameter.invalid", argument.getName()))));
    }
}
