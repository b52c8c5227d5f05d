package org.lvzhi.application.idempotency.port.out;

import java.util.Optional;

/** The answer a request got, as it is replayed: status, content type, body and the created resource's location. */
public record KeptAnswer(int status, String contentType, String body, Optional<String> location) {
}
