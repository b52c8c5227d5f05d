package org.lvzhi.application.event;

import java.util.Optional;

/** Someone a notification is for: their login (for the in-app inbox) and e-mail address, where known. */
public record Recipient(String name, Optional<String> login, Optional<String> email) {
}
