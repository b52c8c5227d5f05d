package org.lvzhi.application.shared;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

/** Parses ids given as text in commands, reporting the field when one is not a UUID. */
public final class Ids {

    private Ids() {
    }

    public static <T> T parse(String field, String value, Function<UUID, T> wrap) {
        Checks.required(field, value);
        try {
            return wrap.apply(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw Messages.of(Ids.class).violation(field, "id.invalid", value);
        }
    }

    public static <T> Optional<T> parseOptional(String field, String value, Function<UUID, T> wrap) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(parse(field, value, wrap));
    }
}
