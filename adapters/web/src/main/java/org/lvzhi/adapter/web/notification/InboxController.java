package org.lvzhi.adapter.web.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.sse.Event;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.notification.port.out.InboxEntry;
import org.lvzhi.application.notification.port.in.InboxUseCases;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.KeysetRequest;

/** The caller's own in-app inbox in the congress they act in. */
@Controller("/api/v1/inbox")
@Secured(SecurityRule.IS_AUTHENTICATED)
class InboxController {

    private final InboxUseCases inbox;

    InboxController(InboxUseCases inbox) {
        this.inbox = inbox;
    }

    /** The caller's inbox, newest first (keyset: `after`). */
    @Get
    PageResponse<InboxResponse> list(ActingCaller caller, @Nullable @QueryValue String after, @Nullable @QueryValue Integer size) {
        return PageResponse.of(inbox.list(caller, KeysetRequest.of(after, size)), InboxResponse::of);
    }

    /** How many messages of the caller's inbox are unread. */
    @Get("/unread-count")
    Map<String, Long> unread(ActingCaller caller) {
        return Map.of("unread", inbox.unread(caller));
    }

    /** New messages as server-sent events while the connection stays open (every node: fanned out via Redis). */
    @Get(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<InboxResponse>> stream(ActingCaller caller) {
        return Flux.create(sink -> {
            AutoCloseable following = inbox.follow(caller, entry -> sink.next(Event.of(InboxResponse.of(entry)).name("inbox")));
            sink.onDispose(() -> stopFollowing(following));
            // Opens the stream at once (clients and proxies wait for the first bytes) and says who it follows.
            sink.next(Event.of(InboxResponse.ready(caller)).name("ready"));
        });
    }

    /** Marks a message of the caller's inbox as read. */
    @Post("/{id}/read")
    @Status(HttpStatus.NO_CONTENT)
    void markRead(ActingCaller caller, @PathVariable String id) {
        inbox.markRead(caller, Ids.parse("id", id, uuid -> uuid));
    }

    private static void stopFollowing(AutoCloseable following) {
        try {
            following.close();
        } catch (Exception cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    @Serdeable
    record InboxResponse(String id, String event, String subject, String body, Instant createdAt, @Nullable Instant readAt) {

        static InboxResponse ready(ActingCaller caller) {
            return new InboxResponse("", "inbox.ready", caller.congress().value(), caller.subject(), Instant.EPOCH, null);
        }

        static InboxResponse of(InboxEntry entry) {
            return new InboxResponse(entry.id().toString(), entry.event(), entry.subject(), entry.body(), entry.createdAt(),
                    entry.readAt().orElse(null));
        }
    }
}
