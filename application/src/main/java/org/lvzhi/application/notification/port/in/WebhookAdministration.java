package org.lvzhi.application.notification.port.in;

import java.util.List;
import java.util.UUID;
import org.lvzhi.application.notification.port.out.DeadLetter;
import org.lvzhi.application.notification.port.out.WebhookEndpointPort.WebhookEndpoint;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;

/** A tenant admin's webhook endpoints and the messages that could not be delivered. */
public interface WebhookAdministration {

    /** Registers an endpoint for the event types (none: every event); answers it with its first secret. */
    WebhookEndpoint register(ActingCaller caller, String url, List<String> eventTypes);

    List<WebhookEndpoint> endpoints(ActingCaller caller);

    /** A new secret signs from now on; the previous one keeps signing alongside until {@link #retireOldSecrets}. */
    WebhookEndpoint rotateSecret(ActingCaller caller, UUID endpoint);

    WebhookEndpoint retireOldSecrets(ActingCaller caller, UUID endpoint);

    WebhookEndpoint enable(ActingCaller caller, UUID endpoint);

    /** Newest first, a keyset page: while an endpoint is down, every message to it ends here. */
    Slice<DeadLetter> deadLetters(ActingCaller caller, KeysetRequest page);

    void replay(ActingCaller caller, UUID message);
}
