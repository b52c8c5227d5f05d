package org.lvzhi.adapter.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.application.duty.port.in.RecordCommand;

/** The self-registration form as posted, kept to show it again beside its errors. */
@Serdeable
public record RecordForm(@Nullable String type, @Nullable String date, @Nullable String counterpart, @Nullable String note) {

    static final RecordForm EMPTY = new RecordForm("", "", "", "");
    static final Set<String> FIELDS = Set.of("type", "date", "counterpart", "note");

    /** The command; a missing or unreadable date is left out, so the command names it as the API would. */
    RecordCommand toCommand() {
        return new RecordCommand(Optional.empty(), present(type).orElse(null), parsedDate(date), present(counterpart), present(note),
                Optional.empty());
    }

    public String value(String field) {
        String value = switch (field) {
            case "type" -> type;
            case "date" -> date;
            case "counterpart" -> counterpart;
            default -> note;
        };
        return value == null ? "" : value;
    }

    /** The date a form's field holds, or null when it is missing or unreadable, so the use case names the field. */
    static LocalDate parsedDate(@Nullable String date) {
        try {
            return present(date).map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    static Optional<String> present(String text) {
        return Optional.ofNullable(text).filter(t -> !t.isBlank());
    }
}
