package org.lvzhi.adapter.web.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.lvzhi.application.policy.port.in.InvalidProfile;

/** A profile that fails its checks: 422 listing every problem with its JSON Pointer into the document. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class InvalidProfileHandler implements ExceptionHandler<InvalidProfile, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InvalidProfile exception) {
        var errors = exception.problems().stream().map(p -> new Problem.FieldError(p.path(), p.message())).toList();
        return Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, Problems.text("profile.invalid", errors.size()), errors);
    }
}
