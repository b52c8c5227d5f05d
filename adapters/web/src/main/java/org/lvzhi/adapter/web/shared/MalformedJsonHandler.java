package org.lvzhi.adapter.web.shared;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.json.JsonSyntaxException;
import jakarta.inject.Singleton;
import java.util.List;

/** A body that is not JSON at all: 400, pointing at the whole document. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Replaces(JsonExceptionHandler.class)
class MalformedJsonHandler implements ExceptionHandler<JsonSyntaxException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, JsonSyntaxException exception) {
        String reason = UnreadableBody.reason(exception);
        return Problems.of(HttpStatus.BAD_REQUEST, reason, List.of(new Problem.FieldError("", reason)));
    }
}
