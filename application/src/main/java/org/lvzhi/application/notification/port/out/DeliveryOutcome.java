package org.lvzhi.application.notification.port.out;

/** What became of one delivery attempt. */
public sealed interface DeliveryOutcome {

    /** Delivered; the outbox marks the message done. */
    record Delivered() implements DeliveryOutcome {
    }

    /** Failed for now (timeout, 5xx, SMTP unavailable): try again later with backoff. */
    record RetryLater(String reason) implements DeliveryOutcome {
    }

    /** The target is gone for good (a webhook endpoint answered 410): disable it, never retry. */
    record Gone(String reason) implements DeliveryOutcome {
    }

    /** Refused for a reason retrying cannot fix (a forbidden address, a 4xx): dead letter at once. */
    record Rejected(String reason) implements DeliveryOutcome {
    }
}
