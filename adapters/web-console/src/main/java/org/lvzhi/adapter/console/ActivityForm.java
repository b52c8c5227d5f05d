package org.lvzhi.adapter.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.application.duty.port.in.ScheduleActivityCommand;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;

/** The form scheduling a duty activity, with the deputies it invites, kept to show it again beside its errors. */
@Serdeable
public record ActivityForm(@Nullable String termId, @Nullable String type, @Nullable String title, @Nullable String date,
                           @Nullable String place, @Nullable List<String> invited) {

    static final ActivityForm EMPTY = new ActivityForm("", "", "", "", "", List.of());
    static final Set<String> FIELDS = Set.of("termId", "type", "title", "date", "place", "invited");

    /** The command, each id parsed under the name of the field the API would name. */
    ScheduleActivityCommand toCommand() {
        return new ScheduleActivityCommand(Ids.parse("termId", RecordForm.present(termId).orElse(null), TermId::new),
                RecordForm.present(type).orElse(null), title, RecordForm.parsedDate(date), RecordForm.present(place),
                Optional.empty(), invitees().stream().map(id -> Ids.parse("invited", id, DeputyId::new)).toList());
    }

    public List<String> invitees() {
        return invited == null ? List.of() : invited;
    }

    public String value(String field) {
        String value = switch (field) {
            case "termId" -> termId;
            case "type" -> type;
            case "title" -> title;
            case "date" -> date;
            default -> place;
        };
        return value == null ? "" : value;
    }
}
