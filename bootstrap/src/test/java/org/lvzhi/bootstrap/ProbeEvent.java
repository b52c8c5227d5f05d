package org.lvzhi.bootstrap;

import org.lvzhi.application.event.Event;

/** An event no use case sends, named by the code a test subscribes to, with a mark that tells its sendings apart. */
public record ProbeEvent(String code, String mark) implements Event {
}
