package org.lvzhi.adapter.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Optional;

/** The profile editor's form: the document as typed and the version it was opened on (empty for a first version). */
@Serdeable
public record Draft(@Nullable String document, @Nullable String basedOn) {

    public String text() {
        return document == null ? "" : document;
    }

    public String based() {
        return basedOn == null ? "" : basedOn;
    }

    /** The version the edit started from, as the save's version check takes it; anything unreadable names none that exists. */
    Optional<Integer> version() {
        return based().isBlank() ? Optional.empty() : Optional.of(based().matches("[0-9]{1,9}") ? Integer.parseInt(based()) : -1);
    }
}
