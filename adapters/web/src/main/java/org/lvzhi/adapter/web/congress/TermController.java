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
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.congress.port.in.CongressAccess;
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

    /** The terms of the acting congress, paged. */
    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    PageResponse<TermResponse> list(ActingCaller caller, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.slice(terms.list(caller.congress()), page, size, TermResponse::of);
    }

    /** Opens a term of the acting congress. */
    @Post
    @Status(HttpStatus.CREATED)
    @Allowed(CongressAccess.RECORD_TERMS)
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
