package org.lvzhi.adapter.web.suggestion;

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
import io.micronaut.serde.annotation.Serdeable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.suggestion.port.in.DraftSuggestionCommand;
import org.lvzhi.application.suggestion.port.in.FilingUseCases;
import org.lvzhi.application.suggestion.port.in.ScreenCommand;
import org.lvzhi.application.suggestion.port.in.ScreeningDecision;
import org.lvzhi.application.suggestion.port.in.ScreeningUseCases;
import org.lvzhi.application.suggestion.port.in.SuggestionAccess;
import org.lvzhi.application.suggestion.port.in.SuggestionQueries;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Violations;
import org.lvzhi.domain.suggestion.SuggestionFilter;
import org.lvzhi.domain.suggestion.SuggestionId;
import org.lvzhi.domain.suggestion.SuggestionState;

/** A deputy files suggestions; staff screen them; everyone reads what they may see. Handling is in SuggestionHandlingController. */
@Controller("/api/v1/suggestions")
class SuggestionController {

    private final FilingUseCases filing;
    private final ScreeningUseCases screening;
    private final SuggestionQueries queries;
    private final Clock clock;

    SuggestionController(FilingUseCases filing, ScreeningUseCases screening, SuggestionQueries queries, Clock clock) {
        this.filing = filing;
        this.screening = screening;
        this.queries = queries;
        this.clock = clock;
    }

    /** Drafts a suggestion, with its co-sponsors. */
    @Post
    @Status(HttpStatus.CREATED)
    @Allowed(SuggestionAccess.SPONSOR)
    SuggestionResponse draft(ActingCaller caller, @Body DraftRequest request) {
        return SuggestionResponse.of(filing.draft(caller, request.toCommand()));
    }

    /** Revises a suggestion's draft. */
    @Put("/{id}")
    @Allowed(SuggestionAccess.SPONSOR)
    SuggestionResponse revise(ActingCaller caller, @PathVariable String id, @Body DraftRequest request) {
        return SuggestionResponse.of(filing.revise(caller, suggestionId(id), request.toCommand()));
    }

    /** Submits a drafted suggestion. */
    @Post("/{id}/submission")
    @Allowed(SuggestionAccess.SPONSOR)
    SuggestionResponse submit(ActingCaller caller, @PathVariable String id) {
        return SuggestionResponse.of(filing.submit(caller, suggestionId(id)));
    }

    /** Staff see every submitted suggestion, a deputy their own, a handling unit those assigned to it. */
    @Get
    @Allowed(SuggestionAccess.READ)
    PageResponse<SuggestionResponse> list(ActingCaller caller, @Nullable @QueryValue String state, @Nullable @QueryValue String unitId,
            @Nullable @QueryValue String after, @Nullable @QueryValue Integer size, @Nullable @QueryValue Boolean total) {
        Violations violations = new Violations();
        Optional<SuggestionState> inState = violations.check(
                () -> Optional.ofNullable(state).filter(s -> !s.isBlank()).map(s -> Checks.oneOf("state", SuggestionState.class, s)));
        Optional<UnitId> unit = violations.check(() -> Ids.parseOptional("unitId", unitId, UnitId::new));
        violations.throwIfAny();
        return PageResponse.of(queries.list(caller, new SuggestionFilter(inState, unit), KeysetRequest.of(after, size, total)),
                SuggestionResponse::of);
    }

    /** Assigned and not yet answered, earliest reply due first, with the days left on each reply clock. */
    @Get("/awaiting-reply")
    @Allowed(SuggestionAccess.READ)
    PageResponse<AwaitingReplyResponse> awaitingReply(ActingCaller caller, @Nullable @QueryValue String after,
            @Nullable @QueryValue Integer size, @Nullable @QueryValue Boolean total) {
        LocalDate today = LegalDate.today(clock);
        return PageResponse.of(queries.awaitingReply(caller, KeysetRequest.of(after, size, total)), line -> AwaitingReplyResponse.of(line, today));
    }

    /** One suggestion with its handling units and actions. */
    @Get("/{id}")
    @Allowed(SuggestionAccess.READ)
    SuggestionResponse show(ActingCaller caller, @PathVariable String id) {
        return SuggestionResponse.of(queries.find(caller, suggestionId(id)));
    }

    /** Suggestions of the same term proposed for merging with this one (HN-5), most alike first. */
    @Get("/{id}/merge-candidates")
    @Allowed(SuggestionAccess.HANDLE)
    PageResponse<CandidateResponse> mergeCandidates(ActingCaller caller, @PathVariable String id,
            @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.slice(queries.mergeCandidates(caller, suggestionId(id)), page, size,
                c -> new CandidateResponse(SuggestionResponse.of(c.suggestion()), round(c.titleSimilarity()),
                        round(c.contentSimilarity())));
    }

    /** Accepts or refuses a submitted suggestion, with its category. */
    @Post("/{id}/screening")
    @Allowed(SuggestionAccess.HANDLE)
    SuggestionResponse screen(ActingCaller caller, @PathVariable String id, @Body ScreenRequest request) {
        return SuggestionResponse.of(screening.screen(caller, suggestionId(id), new ScreenCommand(
                Checks.oneOf("decision", ScreeningDecision.class, request.decision()),
                Optional.ofNullable(request.category()), Optional.ofNullable(request.note()))));
    }

    /** Merges a suggestion into another. */
    @Post("/{id}/merge")
    @Allowed(SuggestionAccess.HANDLE)
    SuggestionResponse merge(ActingCaller caller, @PathVariable String id, @Body MergeRequest request) {
        SuggestionId merged = suggestionId(id);
        return SuggestionResponse.of(screening.merge(caller, merged, Ids.parse("intoId", request.intoId(), SuggestionId::new)));
    }

    /** Dismisses a merge candidate as not the same suggestion. */
    @Post("/{id}/merge-dismissals")
    @Allowed(SuggestionAccess.HANDLE)
    SuggestionResponse dismissMerge(ActingCaller caller, @PathVariable String id, @Body DismissRequest request) {
        SuggestionId suggestion = suggestionId(id);
        return SuggestionResponse.of(screening.dismissMerge(caller, suggestion,
                Ids.parse("candidateId", request.candidateId(), SuggestionId::new)));
    }

    static SuggestionId suggestionId(String id) {
        return Ids.parse("id", id, SuggestionId::new);
    }

    private static double round(double similarity) {
        return Math.round(similarity * 100) / 100.0;
    }

    @Serdeable
    record DraftRequest(@Nullable String title, @Nullable String content, @Nullable List<String> coSponsorIds) {

        DraftSuggestionCommand toCommand() {
            Violations violations = new Violations();
            String checkedTitle = violations.check(() -> Checks.text("title", title, 100));
            String checkedContent = violations.check(() -> Checks.text("content", content, 5000));
            List<DeputyId> coSponsors = coSponsorIds == null ? List.of() : IntStream.range(0, coSponsorIds.size())
                    .mapToObj(i -> violations.check(() -> Ids.parse("coSponsorIds." + i, coSponsorIds.get(i), DeputyId::new)))
                    .toList();
            violations.throwIfAny();
            return new DraftSuggestionCommand(checkedTitle, checkedContent, coSponsors);
        }
    }

    @Serdeable
    record ScreenRequest(@Nullable String decision, @Nullable String category, @Nullable String note) {
    }

    @Serdeable
    record MergeRequest(@Nullable String intoId) {
    }

    @Serdeable
    record DismissRequest(@Nullable String candidateId) {
    }

    @Serdeable
    record CandidateResponse(SuggestionResponse suggestion, double titleSimilarity, double contentSimilarity) {
    }
}
