package org.lvzhi.adapter.web.deputy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.deputy.port.in.AssignPositionCommand;
import org.lvzhi.application.deputy.port.in.DeputyAccess;
import org.lvzhi.application.deputy.port.in.PositionUseCases;
import org.lvzhi.application.deputy.port.out.PositionView;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.Login;

/** Offices held in the acting congress: chair, delegation heads, group leaders, work-committee directors… */
@Controller("/api/v1/positions")
class PositionController {

    private final PositionUseCases positions;

    PositionController(PositionUseCases positions) {
        this.positions = positions;
    }

    /** The positions held in the acting congress, paged. */
    @Get
    @Allowed(DeputyAccess.READ_POSITIONS)
    PageResponse<PositionResponse> list(ActingCaller caller, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.of(positions.list(caller.congress(), PageRequest.of(page, size)), PositionResponse::of);
    }

    /** Assigns a position to a person from a day. */
    @Post
    @Status(HttpStatus.CREATED)
    @Allowed(DeputyAccess.ASSIGN_POSITIONS)
    PositionResponse assign(ActingCaller caller, @Body AssignPositionRequest request) {
        return PositionResponse.of(positions.assign(caller.congress(), AssignPositionCommand.of(
                request.position(), request.deputyId(), request.name(), request.login(), request.unitId(),
                request.from(), request.until())));
    }

    @Serdeable
    record AssignPositionRequest(
            @Nullable String position,
            @Nullable String deputyId,
            @Nullable String name,
            @Nullable String login,
            @Nullable String unitId,
            @Nullable LocalDate from,
            @Nullable LocalDate until) {
    }

    @Serdeable
    record PositionResponse(
            String id, String position, String personId, String name, @Nullable String login, @Nullable String unitId,
            LocalDate from, @Nullable LocalDate until) {

        static PositionResponse of(PositionView view) {
            var assignment = view.assignment();
            return new PositionResponse(
                    assignment.id().toString(),
                    assignment.position().name(),
                    assignment.holder().toString(),
                    view.holder().name().value(),
                    view.holder().login().map(Login::value).orElse(null),
                    assignment.unit().map(UnitId::toString).orElse(null),
                    assignment.from(),
                    assignment.until().orElse(null));
        }
    }
}
