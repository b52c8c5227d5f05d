package org.lvzhi.adapter.web.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.lvzhi.application.account.port.in.SignInRefused;
import org.lvzhi.application.identity.port.out.IdentityProviderUnavailable;

/** How the identity provider's failures reach clients: as problem+json saying what happened. */
final class IdentityProviderHandlers {

    private IdentityProviderHandlers() {
    }

    /** The identity provider is down or refused a request: 503, and the sign-in or registration can be retried. */
    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    static class Unavailable implements ExceptionHandler<IdentityProviderUnavailable, HttpResponse<Problem>> {

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, IdentityProviderUnavailable exception) {
            return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.text("identity.unavailable", exception.getMessage()));
        }
    }

    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    static class Refused implements ExceptionHandler<SignInRefused, HttpResponse<Problem>> {

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, SignInRefused exception) {
            return Problems.of(HttpStatus.UNAUTHORIZED, exception.reason().orElseGet(() -> Problems.text("sign-in.refused")));
        }
    }
}
