package org.lvzhi.adapter.web.shared;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Makes every error the framework answers by itself (unknown route, wrong method, failed sign-in…)
 * a problem+json document too, so a client parses one error shape only.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        List<Problem.FieldError> errors = context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new Problem.FieldError(error.getPath().get(), error.getMessage()))
                .toList();
        String detail = context.getErrors().stream().findFirst().map(error -> error.getMessage()).orElse(null);
        Problem problem = new Problem("about:blank", Problems.title(response.code()), response.code(), detail, errors);
        return response.contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
