package org.lvzhi.adapter.web.shared;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.lvzhi.application.policy.port.out.StaleProfileVersion;

/** An edit not based on the latest version: 412 (stale If-Match) or 428 (none), with the latest as ETag. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class StaleProfileVersionHandler implements ExceptionHandler<StaleProfileVersion, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, StaleProfileVersion exception) {
        HttpStatus status = exception.basedOnNothing() ? HttpStatus.PRECONDITION_REQUIRED : HttpStatus.PRECONDITION_FAILED;
        return Problems.of(status, exception.getMessage()).header(HttpHeaders.ETAG, "\"" + exception.latest() + "\"");
    }
}
