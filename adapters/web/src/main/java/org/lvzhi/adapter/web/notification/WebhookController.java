package org.lvzhi.adapter.web.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.notification.port.in.NotificationAccess;
import org.lvzhi.application.notification.port.in.WebhookAdministration;
import org.lvzhi.application.notification.port.out.DeadLetter;
import org.lvzhi.application.notification.port.out.WebhookEndpointPort.WebhookEndpoint;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.KeysetRequest;

/** A tenant admin's webhook endpoints (signed per Standard Webhooks) and the dead-letter list. */
@SerdeImport(DeadLetter.class)
@Controller("/api/v1/webhooks")
@Allowed(NotificationAccess.MANAGE_WEBHOOKS)
class WebhookController {

    private final WebhookAdministration webhooks;

    WebhookController(WebhookAdministration webhooks) {
        this.webhooks = webhooks;
    }

    /** The webhook endpoints of the acting congress, paged. */
    @Get("/endpoints")
    PageResponse<EndpointResponse> endpoints(ActingCaller caller, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.slice(webhooks.endpoints(caller), page, size, EndpointResponse::of);
    }

    /** Registers an endpoint; the answer is the only time its secret is shown in full. */
    @Post("/endpoints")
    @Status(HttpStatus.CREATED)
    EndpointResponse register(ActingCaller caller, @Body EndpointRequest request) {
        return EndpointResponse.withSecrets(webhooks.register(caller, request.url(), request.eventTypes()));
    }

    /** Rotates the endpoint's signing secret; the old one keeps signing until retired. */
    @Post("/endpoints/{id}/rotate-secret")
    EndpointResponse rotate(ActingCaller caller, @PathVariable String id) {
        return EndpointResponse.withSecrets(webhooks.rotateSecret(caller, endpoint(id)));
    }

    /** Retires the endpoint's old signing secrets once the receiver uses the new one. */
    @Post("/endpoints/{id}/retire-old-secrets")
    EndpointResponse retire(ActingCaller caller, @PathVariable String id) {
        return EndpointResponse.of(webhooks.retireOldSecrets(caller, endpoint(id)));
    }

    /** Enables a webhook endpoint disabled after failures. */
    @Post("/endpoints/{id}/enable")
    EndpointResponse enable(ActingCaller caller, @PathVariable String id) {
        return EndpointResponse.of(webhooks.enable(caller, endpoint(id)));
    }

    /** Webhook messages given up after their retries, newest first (keyset: `after`). */
    @Get("/dead-letters")
    PageResponse<DeadLetter> deadLetters(ActingCaller caller, @Nullable @QueryValue String after, @Nullable @QueryValue Integer size) {
        return PageResponse.of(webhooks.deadLetters(caller, KeysetRequest.of(after, size)), letter -> letter);
    }

    /** Sends a dead letter again. */
    @Post("/dead-letters/{id}/replay")
    @Status(HttpStatus.ACCEPTED)
    void replay(ActingCaller caller, @PathVariable String id) {
        webhooks.replay(caller, Ids.parse("id", id, uuid -> uuid));
    }

    private static UUID endpoint(String id) {
        return Ids.parse("id", id, uuid -> uuid);
    }

    @Serdeable
    record EndpointRequest(@Nullable String url, @Nullable List<String> eventTypes) {
    }

    @Serdeable
    record EndpointResponse(String id, String url, List<String> eventTypes, boolean enabled, @Nullable List<String> secrets) {

        static EndpointResponse of(WebhookEndpoint endpoint) {
            return new EndpointResponse(endpoint.id().toString(), endpoint.url(), endpoint.eventTypes(), endpoint.enabled(), null);
        }

        static EndpointResponse withSecrets(WebhookEndpoint endpoint) {
            return new EndpointResponse(endpoint.id().toString(), endpoint.url(), endpoint.eventTypes(), endpoint.enabled(),
                    endpoint.secrets());
        }
    }
}
