package org.lvzhi.adapter.web.matter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.matter.port.in.MatterAccess;
import org.lvzhi.application.matter.port.in.MatterStepCommand;
import org.lvzhi.application.matter.port.in.MatterUseCases;
import org.lvzhi.application.matter.port.in.RecordMatterCommand;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.matter.Matter;
import org.lvzhi.domain.matter.MatterId;
import org.lvzhi.domain.matter.MatterKind;
import org.lvzhi.domain.matter.MatterStep;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Violations;

/**
 * Appointments, inspection and research reports, letters and changes of details (BL-18, BL-20, BL-21, BL-23, BL-29):
 * staff record them and each step on the day it happened; staff read all, a deputy those concerning them.
 */
@Controller("/api/v1/matters")
class MatterController {

    private final MatterUseCases matters;
    private final Clock clock;

    MatterController(MatterUseCases matters, Clock clock) {
        this.matters = matters;
        this.clock = clock;
    }

    /** Records an appointment, a report, a letter or a change of details. */
    @Post
    @Status(HttpStatus.CREATED)
    @Allowed(MatterAccess.RECORD)
    MatterResponse record(ActingCaller caller, @Body RecordRequest request) {
        Violations violations = new Violations();
        MatterKind kind = violations.check(() -> Checks.oneOf("kind", MatterKind.class, request.kind()));
        List<String> given = request.deputyIds() == null ? List.of() : request.deputyIds();
        List<DeputyId> deputies = IntStream.range(0, given.size())
                .mapToObj(i -> violations.check(() -> Ids.parse("deputyIds." + i, given.get(i), DeputyId::new))).toList();
        Optional<UnitId> unit = violations.check(() -> Ids.parseOptional("unitId", request.unitId(), UnitId::new));
        String title = violations.check(() -> Checks.text("title", request.title(), Matter.MAX_TITLE_LENGTH));
        String content = violations.check(() -> Checks.text("content", request.content(), Matter.MAX_TEXT_LENGTH));
        LocalDate on = violations.check(() -> date(request.on()));
        violations.throwIfAny();
        return MatterResponse.of(matters.record(caller, new RecordMatterCommand(kind, deputies, unit, title, content, on)));
    }

    /** Appointments, reports, letters and changes of details, paged. */
    @Get
    @Allowed(MatterAccess.READ)
    PageResponse<MatterResponse> list(ActingCaller caller, @Nullable @QueryValue String kind, @Nullable @QueryValue String after,
            @Nullable @QueryValue Integer size, @Nullable @QueryValue Boolean total) {
        Optional<MatterKind> ofKind = Optional.ofNullable(kind).filter(k -> !k.isBlank()).map(k -> Checks.oneOf("kind", MatterKind.class, k));
        return PageResponse.of(matters.list(caller, ofKind, KeysetRequest.of(after, size, total)), MatterResponse::of);
    }

    /** One matter with its steps. */
    @Get("/{id}")
    @Allowed(MatterAccess.READ)
    MatterResponse show(ActingCaller caller, @PathVariable String id) {
        return MatterResponse.of(matters.find(caller, Ids.parse("id", id, MatterId::new)));
    }

    /** One step (HELD, DEPARTMENT_REPORTED, SUBMITTED, ASSIGNED, ANSWERED, REHANDLING_DECIDED, CHANGE_REPORTED) on the day it happened. */
    @Post("/{id}/steps")
    @Allowed(MatterAccess.RECORD)
    MatterResponse step(ActingCaller caller, @PathVariable String id, @Body StepRequest request) {
        Violations violations = new Violations();
        MatterId matter = violations.check(() -> Ids.parse("id", id, MatterId::new));
        MatterStep step = violations.check(() -> Checks.oneOf("step", MatterStep.class, request.step()));
        LocalDate on = violations.check(() -> date(request.on()));
        Optional<UnitId> unit = violations.check(() -> Ids.parseOptional("unitId", request.unitId(), UnitId::new));
        violations.throwIfAny();
        return MatterResponse.of(matters.step(caller, matter, new MatterStepCommand(step, on, Optional.ofNullable(request.note()), unit)));
    }

    /** The day it happened; today when not given. */
    private LocalDate date(@Nullable String on) {
        if (on == null || on.isBlank()) {
            return LegalDate.today(clock);
        }
        try {
            return LocalDate.parse(on);
        } catch (DateTimeParseException notADate) {
            throw new InvariantViolation("on", "日期须为 YYYY-MM-DD 格式");
        }
    }

    @Serdeable
    record RecordRequest(@Nullable String kind, @Nullable List<String> deputyIds, @Nullable String unitId, @Nullable String title,
                         @Nullable String content, @Nullable String on) {
    }

    @Serdeable
    record StepRequest(@Nullable String step, @Nullable String on, @Nullable String note, @Nullable String unitId) {
    }
}
