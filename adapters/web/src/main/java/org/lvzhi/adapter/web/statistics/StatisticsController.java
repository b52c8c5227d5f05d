package org.lvzhi.adapter.web.statistics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lvzhi.adapter.web.shared.Roles;
import org.lvzhi.application.identity.ActingCaller;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.statistics.port.in.StatisticsQueries;

/** Annual statistics of the acting congress (JSON and XLSX) and the totals of the congresses below it. */
@Controller("/api/v1/statistics")
@Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.LIAISON_OFFICER, Roles.DELEGATION_HEAD, Roles.GROUP_LEADER,
        Roles.INTEGRATION})
class StatisticsController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern WORKBOOK = Pattern.compile("(\\d{1,4})\\.xlsx");

    private final StatisticsQueries statistics;
    private final Clock clock;

    StatisticsController(StatisticsQueries statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    /** Per deputy, deputy group, liaison station and handling unit for the year (default: this year). */
    @Get
    StatisticsResponse statistics(ActingCaller caller, @Nullable @QueryValue Integer year) {
        return StatisticsResponse.of(statistics.statistics(caller, year(year)));
    }

    /** The same as a workbook: {@code /api/v1/statistics/2026.xlsx}. */
    @Get("/{file}")
    HttpResponse<byte[]> workbook(ActingCaller caller, @PathVariable String file) {
        Matcher matcher = WORKBOOK.matcher(file);
        if (!matcher.matches()) {
            return HttpResponse.notFound();
        }
        int year = Integer.parseInt(matcher.group(1));
        return HttpResponse.ok(statistics.workbook(caller, year))
                .contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"statistics-" + year + ".xlsx\"");
    }

    /** Totals per congress below the acting one; no deputy appears. */
    @Get("/subordinates")
    SubordinatesResponse subordinates(ActingCaller caller, @Nullable @QueryValue Integer year) {
        int wanted = year(year);
        return new SubordinatesResponse(wanted,
                statistics.subordinates(caller, wanted).stream().map(SubordinatesResponse.Item::of).toList());
    }

    private int year(Integer year) {
        return Optional.ofNullable(year).orElseGet(() -> LegalDate.today(clock).getYear());
    }
}
