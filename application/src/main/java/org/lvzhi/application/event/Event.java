package org.lvzhi.application.event;

/**
 * Something that happened in a context, written as a public record whose components are its facts, named as the
 * templates name them. {@link #code()} is its stable machine code ({@code deputy.status-changed}): templates, mutes,
 * webhook subscriptions and the {@code type} of a webhook payload all name the event by it. {@link #payloadVersion()} is
 * the {@code version} of its payload, raised when a fact is renamed, removed or changes its meaning (a new fact keeps it);
 * it is not named {@code version} so that an event may carry a fact of that name.
 */
public interface Event {

    String code();

    default int payloadVersion() {
        return 1;
    }

    /** Facts several events share, as a record component: read as if its own components were the event's. */
    interface Part {
    }
}
