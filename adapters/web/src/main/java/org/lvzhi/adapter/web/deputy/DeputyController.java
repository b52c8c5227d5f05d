package org.lvzhi.adapter.web.deputy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.deputy.port.in.ChangeDeputyStatusCommand;
import org.lvzhi.application.deputy.port.in.ContactForm;
import org.lvzhi.application.deputy.port.in.DeputyAccess;
import org.lvzhi.application.deputy.port.in.DeputyForm;
import org.lvzhi.application.deputy.port.in.DeputyQueries;
import org.lvzhi.application.deputy.port.in.DeputyRegisterUseCase;
import org.lvzhi.application.deputy.port.in.RegisterDeputyCommand;
import org.lvzhi.application.deputy.port.in.UpdateDeputyCommand;
import org.lvzhi.application.deputy.port.out.DeputySearch;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.deputy.StatusChange;
import org.lvzhi.domain.shared.Checks;

@Controller("/api/v1/deputies")
@SerdeImport(DeputyForm.class)
@SerdeImport(ContactForm.class)
class DeputyController {

    private final DeputyRegisterUseCase register;
    private final DeputyQueries queries;

    DeputyController(DeputyRegisterUseCase register, DeputyQueries queries) {
        this.register = register;
        this.queries = queries;
    }

    /** The register by name, a keyset page ({@code total=true}: with the count); {@code q} matches any part of the name; the other parameters filter. */
    @Get
    @Allowed(DeputyAccess.READ_REGISTER)
    PageResponse<DeputyResponse> search(
            ActingCaller caller,
            @Nullable @QueryValue String q,
            @Nullable @QueryValue String termId,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue String delegationId,
            @Nullable @QueryValue String deputyGroupId,
            @Nullable @QueryValue Boolean grassroots,
            @Nullable @QueryValue Boolean military,
            @Nullable @QueryValue String after,
            @Nullable @QueryValue Integer size,
            @Nullable @QueryValue Boolean total) {
        DeputySearch search = new DeputySearch(
                Optional.ofNullable(q).filter(text -> !text.isBlank()),
                Ids.parseOptional("termId", termId, TermId::new),
                Optional.ofNullable(status).map(s -> Checks.oneOf("status", DeputyStatus.class, s)),
                Ids.parseOptional("delegationId", delegationId, UnitId::new),
                Ids.parseOptional("deputyGroupId", deputyGroupId, UnitId::new),
                Optional.ofNullable(grassroots),
                Optional.ofNullable(military));
        return PageResponse.of(queries.search(caller, search, KeysetRequest.of(after, size, total)), DeputyResponse::of);
    }

    /** The caller's own seat in the congress they act in. */
    @Get("/me")
    @Allowed(DeputyAccess.READ_OWN)
    DeputyResponse own(ActingCaller caller) {
        return DeputyResponse.of(queries.own(caller));
    }

    /** One deputy; a deputy reads only their own seat. */
    @Get("/{id}")
    @Allowed(DeputyAccess.READ)
    DeputyResponse show(ActingCaller caller, @PathVariable String id) {
        return DeputyResponse.of(queries.find(caller, deputyId(id)));
    }

    /** Registers a deputy for a term of the acting congress. */
    @Post
    @Status(HttpStatus.CREATED)
    @Allowed(DeputyAccess.MAINTAIN)
    DeputyResponse register(ActingCaller caller, @Body DeputyForm form) {
        return DeputyResponse.of(register.register(caller.congress(), RegisterDeputyCommand.from(form)));
    }

    /** Changes a deputy's details. */
    @Put("/{id}")
    @Allowed(DeputyAccess.MAINTAIN)
    DeputyResponse update(ActingCaller caller, @PathVariable String id, @Body DeputyForm form) {
        return DeputyResponse.of(register.update(caller.congress(), deputyId(id), UpdateDeputyCommand.from(form)));
    }

    /** Suspend, restore, terminate or record a resignation (accepted outside the platform: its day and document, BL-31). */
    @Post("/{id}/status")
    @Allowed(DeputyAccess.MAINTAIN)
    DeputyResponse changeStatus(ActingCaller caller, @PathVariable String id, @Body StatusChangeRequest request) {
        return DeputyResponse.of(register.changeStatus(caller, deputyId(id),
                ChangeDeputyStatusCommand.of(request.status(), request.reason(), request.documentReference(), request.acceptedOn())));
    }

    /** Every status change of the deputy, oldest first: from, to, reason, when and by whom. */
    @Get("/{id}/status-changes")
    @Allowed(DeputyAccess.READ)
    PageResponse<StatusChangeResponse> statusChanges(ActingCaller caller, @PathVariable String id, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.slice(queries.statusChanges(caller, deputyId(id)), page, size, StatusChangeResponse::of);
    }

    private static DeputyId deputyId(String id) {
        return Ids.parse("id", id, DeputyId::new);
    }

    @Serdeable
    record StatusChangeRequest(@Nullable String status, @Nullable String reason, @Nullable String documentReference,
                               @Nullable LocalDate acceptedOn) {
    }

    @Serdeable
    record StatusChangeResponse(String from, String to, String reason, Instant at, String by, @Nullable LocalDate acceptedOn,
                                @Nullable String documentReference, @Nullable String rule) {

        static StatusChangeResponse of(StatusChange change) {
            var acceptance = change.acceptance();
            return new StatusChangeResponse(change.from().name(), change.to().name(), change.reason(), change.at(), change.by(),
                    acceptance.map(StatusChange.Acceptance::on).orElse(null),
                    acceptance.map(StatusChange.Acceptance::documentReference).orElse(null),
                    acceptance.flatMap(StatusChange.Acceptance::rule).orElse(null));
        }
    }
}
