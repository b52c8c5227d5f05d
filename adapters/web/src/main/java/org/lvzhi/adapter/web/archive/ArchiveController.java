package org.lvzhi.adapter.web.archive;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.archive.port.in.ArchiveAccess;
import org.lvzhi.application.archive.port.in.ArchiveQueries;
import org.lvzhi.application.archive.port.in.NightlyEvaluationUseCase;
import org.lvzhi.application.archive.port.out.StandingFilter;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Checks;

@Controller("/api/v1")
class ArchiveController {

    private final ArchiveQueries archives;
    private final NightlyEvaluationUseCase evaluation;
    private final Clock clock;

    ArchiveController(ArchiveQueries archives, NightlyEvaluationUseCase evaluation, Clock clock) {
        this.archives = archives;
        this.evaluation = evaluation;
        this.clock = clock;
    }

    /** The deputy's archive for their term, judged on {@code on} (default: today); a deputy reads only their own. */
    @Get("/deputies/{id}/archive")
    @Allowed(ArchiveAccess.READ_ARCHIVE)
    ArchiveResponse archive(ActingCaller caller, @PathVariable String id, @Nullable @QueryValue LocalDate on) {
        return ArchiveResponse.of(archives.archive(caller, Ids.parse("id", id, DeputyId::new),
                Optional.ofNullable(on).orElseGet(() -> LegalDate.today(clock))));
    }

    /**
     * Every deputy's standing from the latest evaluation, worst first, then by name, filtered by worst status, group,
     * delegation or station: a keyset page, the total only with {@code total=true}.
     */
    @Get("/compliance-overview")
    @Allowed(ArchiveAccess.READ_OVERVIEW)
    PageResponse<StandingResponse> overview(
            ActingCaller caller,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue String deputyGroupId,
            @Nullable @QueryValue String delegationId,
            @Nullable @QueryValue String liaisonStationId,
            @Nullable @QueryValue String after,
            @Nullable @QueryValue Integer size,
            @Nullable @QueryValue Boolean total) {
        StandingFilter filter = new StandingFilter(
                Optional.ofNullable(status).map(s -> Checks.oneOf("status", QuotaStatus.class, s)),
                Ids.parseOptional("deputyGroupId", deputyGroupId, UnitId::new),
                Ids.parseOptional("delegationId", delegationId, UnitId::new),
                Ids.parseOptional("liaisonStationId", liaisonStationId, UnitId::new));
        return PageResponse.of(archives.overview(caller, filter, KeysetRequest.of(after, size, total)), StandingResponse::of);
    }

    /** How many of the overview's deputies stand at each worst status, filtered by group, delegation or station. */
    @Get("/compliance-overview/counts")
    @Allowed(ArchiveAccess.READ_OVERVIEW)
    Map<QuotaStatus, Long> overviewCounts(
            ActingCaller caller,
            @Nullable @QueryValue String deputyGroupId,
            @Nullable @QueryValue String delegationId,
            @Nullable @QueryValue String liaisonStationId) {
        return archives.overviewCounts(caller, new StandingFilter(Optional.empty(),
                Ids.parseOptional("deputyGroupId", deputyGroupId, UnitId::new),
                Ids.parseOptional("delegationId", delegationId, UnitId::new),
                Ids.parseOptional("liaisonStationId", liaisonStationId, UnitId::new)));
    }

    /** Runs the nightly evaluation of the acting congress now: supervision rules, then the overview. */
    @Post("/compliance-overview/evaluations")
    @Allowed(ArchiveAccess.SUPERVISE)
    EvaluationResponse evaluate(ActingCaller caller) {
        LocalDate today = LegalDate.today(clock);
        return new EvaluationResponse(today, evaluation.evaluate(caller.congress(), today));
    }

    @Serdeable
    record EvaluationResponse(LocalDate on, int casesOpened) {
    }
}
