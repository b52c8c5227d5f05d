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
import java.time.LocalDate;
import java.util.List;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.adapter.web.shared.Roles;
import org.lvzhi.application.congress.port.in.OpenTermCommand;
import org.lvzhi.application.congress.port.in.TermUseCases;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.domain.congress.Term;

@Controller("/api/v1/terms")
class TermController {

    private final TermUseCases terms;

    TermController(TermUseCases terms) {
        this.terms = terms;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    PageResponse<TermResponse> list(ActingCaller caller, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.slice(terms.list(caller.congress()), page, size, TermResponse::of);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Secured({Roles.TENANT_ADMIN, Roles.LIAISON_OFFICER})
    TermResponse open(ActingCaller caller, @Body OpenTermRequest request) {
        return TermResponse.of(terms.open(caller.congress(),
                OpenTermCommand.of(request.number(), request.startsOn(), request.endsOn())));
    }

    @Serdeable
    record OpenTermRequest(@Nullable Integer number, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    @Serdeable
    record TermResponse(String id, int number, LocalDate startsOn, LocalDate endsOn) {

        static TermResponse of(Term term) {
            return new TermResponse(term.id().toString(), term.number(), term.startsOn(), term.endsOn());
        }
    }
}
