package org.lvzhi.application.event;

/**
 * Something that happened in a context, written as a public record whose components are its facts, named as the
 * templates name them. {@link #code()} is its stable machine code ({@code deputy.status-changed}): templates, mutes,
 * webhook subscriptions and the {@code type} of a webhook payload all name the event by it.
 */
public interface Event {

    String code();

    /** Facts several events share, as a record component: read as if its own components were the event's. */
    interface Part {
    }
}
