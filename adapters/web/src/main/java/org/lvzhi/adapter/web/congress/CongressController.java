package org.lvzhi.adapter.web.congress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.congress.port.in.CongressAccess;
import org.lvzhi.application.congress.port.in.CongressQueries;
import org.lvzhi.application.congress.port.in.FoundCongressCommand;
import org.lvzhi.application.congress.port.in.FoundCongressUseCase;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.Congress;
import org.lvzhi.domain.congress.CongressId;

@Controller("/api/v1/congresses")
class CongressController {

    private final FoundCongressUseCase foundCongress;
    private final CongressQueries congresses;

    CongressController(FoundCongressUseCase foundCongress, CongressQueries congresses) {
        this.foundCongress = foundCongress;
        this.congresses = congresses;
    }

    /** Founds a congress, optionally inviting its first tenant admin. */
    @Post
    @Status(HttpStatus.CREATED)
    @Allowed(CongressAccess.MANAGE_CONGRESSES)
    CongressResponse found(@Body FoundCongressRequest request) {
        FoundCongressCommand command = FoundCongressCommand.of(request.id(), request.name(), request.level(), request.parentId());
        FirstAdminRequest admin = request.firstAdmin();
        return CongressResponse.of(foundCongress.found(
                admin == null ? command : command.withFirstAdmin(admin.name(), admin.email(), admin.login())));
    }

    /** The congresses on the platform, paged. */
    @Get
    @Allowed(CongressAccess.MANAGE_CONGRESSES)
    PageResponse<CongressResponse> all(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.of(congresses.all(PageRequest.of(page, size)), CongressResponse::of);
    }

    /** The congress the caller acts in. */
    @Get("/current")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    CongressResponse current(ActingCaller caller) {
        return CongressResponse.of(congresses.show(caller.congress()));
    }

    @Serdeable
    record FoundCongressRequest(String id, String name, String level, @Nullable String parentId, @Nullable FirstAdminRequest firstAdmin) {
    }

    /** The congress's first tenant admin, invited by e-mail as the congress is founded. */
    @Serdeable
    record FirstAdminRequest(@Nullable String name, @Nullable String email, @Nullable String login) {
    }

    @Serdeable
    record CongressResponse(String id, String name, String level, @Nullable String parentId) {

        static CongressResponse of(Congress congress) {
            return new CongressResponse(congress.id().value(), congress.name().value(), congress.level().name(),
                    congress.parent().map(CongressId::value).orElse(null));
        }
    }
}
