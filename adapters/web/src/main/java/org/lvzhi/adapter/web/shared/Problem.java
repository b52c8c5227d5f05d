package org.lvzhi.adapter.web.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}. {@code errors} names each bad field
 * by a JSON Pointer into the request body (or the query parameter's name) with a Chinese message.
 */
@Serdeable
public record Problem(String type, String title, int status, @Nullable String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Serdeable
    public record FieldError(String pointer, String message) {
    }
}
