package org.lvzhi.adapter.console;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Sends the browser where it can go on: the sign-in page, or the congress picker. */
@Singleton
@Requires(classes = NotActing.class)
class NotActingHandler implements ExceptionHandler<NotActing, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, NotActing exception) {
        return HttpResponse.seeOther(exception.next());
    }
}
