package org.lvzhi.adapter.web.statistics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.statistics.port.in.StatisticsAccess;
import org.lvzhi.application.statistics.port.in.StatisticsQueries;
import org.lvzhi.application.statistics.port.out.DeputyFiguresFilter;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Violations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Annual statistics of the acting congress (JSON and XLSX) and the totals of the congresses below it. */
@Controller("/api/v1/statistics")
@Allowed(StatisticsAccess.READ)
class StatisticsController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int DEPUTIES_PER_PAGE = 50;
    private static final Pattern WORKBOOK = Pattern.compile("(\\d{1,4})\\.xlsx");

    private static final Logger LOG = LoggerFactory.getLogger(StatisticsController.class);
    private static final int CHUNK = 64 * 1024;
    private static final int CHUNKS_IN_FLIGHT = 4;

    private final StatisticsQueries statistics;
    private final Clock clock;
    private final ExecutorService writers;

    StatisticsController(StatisticsQueries statistics, Clock clock, @Named(TaskExecutors.BLOCKING) ExecutorService writers) {
        this.statistics = statistics;
        this.clock = clock;
        this.writers = writers;
    }

    /**
     * Per deputy group, liaison station and handling unit for the year (default: this year); with a points scheme its
     * rule and article (the ranking, one line per deputy, is the workbook's sheet 积分排名).
     */
    @Get
    StatisticsResponse statistics(ActingCaller caller, @Nullable @QueryValue Integer year) {
        return StatisticsResponse.of(statistics.statistics(caller, year(year)));
    }

    /**
     * One keyset page of the figures per deputy, by name: 50 a page unless {@code size} says otherwise (at most 200),
     * the total only with {@code total=true}.
     */
    @Get("/deputies")
    PageResponse<StatisticsResponse.Line> deputies(ActingCaller caller, @Nullable @QueryValue Integer year,
            @Nullable @QueryValue String deputyGroupId, @Nullable @QueryValue String liaisonStationId,
            @Nullable @QueryValue String status, @Nullable @QueryValue String after, @Nullable @QueryValue Integer size,
            @Nullable @QueryValue Boolean total) {
        Violations violations = new Violations();
        DeputyFiguresFilter filter = new DeputyFiguresFilter(
                violations.check(() -> Ids.parseOptional("deputyGroupId", deputyGroupId, UnitId::new)),
                violations.check(() -> Ids.parseOptional("liaisonStationId", liaisonStationId, UnitId::new)),
                violations.check(() -> Optional.ofNullable(status).map(s -> Checks.oneOf("status", DeputyStatus.class, s))));
        violations.throwIfAny();
        return PageResponse.of(statistics.deputies(caller, year(year), filter,
                KeysetRequest.of(after, Optional.ofNullable(size).orElse(DEPUTIES_PER_PAGE), total)), StatisticsResponse.Line::of);
    }

    /**
     * The figures of every deputy for the year as an XLSX file, streamed: the sheet is written into a pipe by a worker
     * while the server sends what is already written (chunked, no length), so the first bytes leave after the first
     * chunk of deputies is read and memory does not grow with the congress. The caller and the year are checked before.
     */
    @Get(value = "/deputies.xlsx", produces = XLSX)
    HttpResponse<StreamedFile> export(ActingCaller caller, @Nullable @QueryValue Integer year) throws IOException {
        int wanted = year(year);
        return streamed(statistics.deputiesExport(caller, wanted), "statistics-deputies-" + wanted + ".xlsx");
    }

    /**
     * The year's workbook as one XLSX file, streamed like the export: the deputies' rows are written as they are read,
     * a small window held. Its address is {@code /api/v1/statistics/2026.xlsx}; sheets 代表, 代表小组, 联络站, 承办单位 and,
     * with a points scheme, 积分排名 (the points ranking).
     */
    @Get(value = "/{file}", produces = XLSX)
    HttpResponse<StreamedFile> workbook(ActingCaller caller, @PathVariable String file) throws IOException {
        Matcher matcher = WORKBOOK.matcher(file);
        if (!matcher.matches()) {
            return HttpResponse.notFound();
        }
        int year = Integer.parseInt(matcher.group(1));
        return streamed(statistics.workbook(caller, year), "statistics-" + year + ".xlsx");
    }

    /** The file written into a pipe by a worker while the server sends what is already written (chunked, no length). */
    private HttpResponse<StreamedFile> streamed(StatisticsQueries.Export export, String name) throws IOException {
        FilePipe pipe = new FilePipe(CHUNKS_IN_FLIGHT);
        writers.execute(() -> {
            OutputStream out = new BufferedOutputStream(pipe.sink(), CHUNK);
            try {
                export.writeTo(out);
                out.close();
            } catch (IOException | RuntimeException e) {
                // the answer has begun: the client's download fails, the log says why
                pipe.breakOff();
                LOG.warn("statistics file {} stopped", name, e);
            }
        });
        return HttpResponse.ok(new StreamedFile(pipe.source(), MediaType.of(XLSX)))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    /** Totals per congress below the acting one; no deputy appears. */
    @Get("/subordinates")
    PageResponse<SubordinatesResponse.Item> subordinates(ActingCaller caller, @Nullable @QueryValue Integer year,
            @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.slice(statistics.subordinates(caller, year(year)), page, size, SubordinatesResponse.Item::of);
    }

    private int year(Integer year) {
        return Optional.ofNullable(year).orElseGet(() -> LegalDate.today(clock).getYear());
    }
}
