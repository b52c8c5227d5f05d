package org.lvzhi.adapter.web.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.lvzhi.domain.shared.InvariantViolation;

/** Well-formed input that breaks a rule: 422 naming every bad field. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class InvariantViolationHandler implements ExceptionHandler<InvariantViolation, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InvariantViolation exception) {
        var errors = exception.violations().stream()
                .map(v -> new Problem.FieldError(Problems.pointer(v.field()), v.message()))
                .toList();
        return Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, Problems.text("invalid", errors.size()), errors);
    }
}
