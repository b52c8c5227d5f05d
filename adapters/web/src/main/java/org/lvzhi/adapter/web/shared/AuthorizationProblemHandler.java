package org.lvzhi.adapter.web.shared;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/** 401 (no or no valid token) and 403 (a role the endpoint does not admit) as problem+json. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class AuthorizationProblemHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return Problems.of(HttpStatus.FORBIDDEN, Problems.text("role.denied"));
        }
        return Problems.of(HttpStatus.UNAUTHORIZED, Problems.text("token.missing"))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
}
