package org.lvzhi.adapter.web.congress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.congress.port.in.CongressAccess;
import org.lvzhi.application.congress.port.in.UnitCommand;
import org.lvzhi.application.congress.port.in.UnitUseCases;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;

/**
 * The register of one kind of organisation unit; each kind has its own collection under {@code /api/v1}
 * (delegations, deputy-groups, liaison-stations, handling-units, work-committees).
 */
abstract class UnitController {

    private final UnitUseCases units;
    private final UnitKind kind;

    UnitController(UnitUseCases units, UnitKind kind) {
        this.units = units;
        this.kind = kind;
    }

    /** The units of this kind in the acting congress, paged. */
    @Get
    @Allowed(CongressAccess.READ_UNITS)
    PageResponse<UnitResponse> list(ActingCaller caller, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.of(units.list(caller.congress(), kind, PageRequest.of(page, size)), UnitResponse::of);
    }

    /** One unit of this kind. */
    @Get("/{id}")
    @Allowed(CongressAccess.READ_UNITS)
    UnitResponse show(ActingCaller caller, @PathVariable String id) {
        return UnitResponse.of(units.find(caller.congress(), kind, Ids.parse("id", id, UnitId::new)));
    }

    /** Registers a unit of this kind in the acting congress. */
    @Post
    @Status(HttpStatus.CREATED)
    @Allowed(CongressAccess.MAINTAIN_UNITS)
    UnitResponse create(ActingCaller caller, @Body UnitRequest request) {
        return UnitResponse.of(units.create(caller.congress(), kind, UnitCommand.of(request.name(), request.address())));
    }

    /** Renames a unit or changes its address. */
    @Put("/{id}")
    @Allowed(CongressAccess.MAINTAIN_UNITS)
    UnitResponse update(ActingCaller caller, @PathVariable String id, @Body UnitRequest request) {
        return UnitResponse.of(units.update(caller.congress(), kind, Ids.parse("id", id, UnitId::new),
                UnitCommand.of(request.name(), request.address())));
    }

    @Serdeable
    record UnitRequest(@Nullable String name, @Nullable String address) {
    }

    @Serdeable
    record UnitResponse(String id, String kind, String name, @Nullable String address) {

        static UnitResponse of(OrganisationUnit unit) {
            return new UnitResponse(unit.id().toString(), unit.kind().name(), unit.name().value(), unit.address().orElse(null));
        }
    }
}
