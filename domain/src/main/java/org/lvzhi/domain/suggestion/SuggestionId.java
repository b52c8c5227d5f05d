package org.lvzhi.domain.suggestion;

import java.util.Objects;
import java.util.UUID;

public record SuggestionId(UUID value) {

    public SuggestionId {
        Objects.requireNonNull(value, "value");
    }

    public static SuggestionId random() {
        return new SuggestionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
