package org.lvzhi.adapter.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.util.Map;
import org.lvzhi.application.notification.port.in.InboxUseCases;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Principal;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * The caller's inbox at the console, newest first and paged, each message marked read on request; and the stream the
 * header's unread badge follows: the same inbox feed as the API's stream, opened with the console's session cookie
 * and congress pick (a browser's EventSource sends no bearer token nor {@code X-Congress} header).
 */
@Controller("/inbox")
@Secured(SecurityRule.IS_ANONYMOUS)
class InboxPageController {

    private final ActingInCongress acting;
    private final Frames frames;
    private final InboxUseCases inbox;

    InboxPageController(ActingInCongress acting, Frames frames, InboxUseCases inbox) {
        this.acting = acting;
        this.frames = frames;
        this.inbox = inbox;
    }

    @Get
    @View("inbox")
    Map<String, Object> messages(@Nullable Principal principal, HttpRequest<?> request, @Nullable @QueryValue String after) {
        ActingCaller caller = acting.caller(principal, request);
        return page(caller, after, "");
    }

    @Post(value = "/{id}/read", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("inbox")
    Map<String, Object> markRead(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id) {
        ActingCaller caller = acting.caller(principal, request);
        inbox.markRead(caller, Ids.parse("id", id, uuid -> uuid));
        return page(caller, null, ConsoleText.text("inbox.marked"));
    }

    /** Each new message sends the unread count, as the badge shows it (`/assets/unread-stream.js` puts it there). */
    @Get(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<String>> stream(@Nullable Principal principal, HttpRequest<?> request) {
        ActingCaller caller = acting.caller(principal, request);
        return Flux.create(sink -> {
            AutoCloseable following = inbox.follow(caller, entry -> sink.next(Event.of(String.valueOf(inbox.unread(caller))).name("unread")));
            sink.onDispose(() -> {
                try {
                    following.close();
                } catch (Exception cannotHappen) {
                    throw new IllegalStateException(cannotHappen);
                }
            });
            sink.next(Event.of(String.valueOf(inbox.unread(caller))).name("unread"));
        });
    }

    private Map<String, Object> page(ActingCaller caller, @Nullable String after, String notice) {
        return Map.of("frame", frames.of(caller, ConsoleText.text("inbox.title")),
                "messages", ListPage.of(inbox.list(caller, KeysetRequest.of(after, null, true)), InboxRow::of, "", after != null),
                "notice", notice);
    }
}
