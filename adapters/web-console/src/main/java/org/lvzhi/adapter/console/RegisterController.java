package org.lvzhi.adapter.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lvzhi.application.archive.port.in.ArchiveQueries;
import org.lvzhi.application.archive.port.out.ComplianceStanding;
import org.lvzhi.application.archive.port.out.StandingFilter;
import org.lvzhi.application.deputy.port.in.DeputyQueries;
import org.lvzhi.application.deputy.port.out.DeputySearch;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;

/**
 * The register of deputies (search by name and status, paged), the compliance list by worst quota status that the
 * desk's counts open, and each deputy's archive; a deputy's own archive is {@code /me}. The use cases judge who may
 * read what, as for the API.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class RegisterController {

    private final ActingInCongress acting;
    private final Frames frames;
    private final DeputyQueries deputies;
    private final ArchiveQueries archives;
    private final Clock clock;

    RegisterController(ActingInCongress acting, Frames frames, DeputyQueries deputies, ArchiveQueries archives, Clock clock) {
        this.acting = acting;
        this.frames = frames;
        this.deputies = deputies;
        this.archives = archives;
        this.clock = clock;
    }

    @Get("/deputies")
    @View("register")
    Map<String, Object> register(@Nullable Principal principal, HttpRequest<?> request, @Nullable @QueryValue String name,
                                 @Nullable @QueryValue DeputyStatus status, @Nullable @QueryValue String after) {
        ActingCaller caller = acting.caller(principal, request);
        DeputySearch search = new DeputySearch(Optional.ofNullable(name).filter(n -> !n.isBlank()), Optional.empty(),
                Optional.ofNullable(status), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        var found = deputies.search(caller, search, KeysetRequest.of(after, null, true));
        return Map.of("frame", frames.of(caller, ConsoleText.text("register.title")),
                "name", search.name().orElse(""), "status", status == null ? "" : status.name(),
                "statuses", labels(DeputyStatus.values()),
                "deputies", ListPage.of(found, RegisterRow::of, query(Map.of("name", search.name(), "status", Optional.ofNullable(status).map(Enum::name))),
                        after != null));
    }

    @Get("/standings")
    @View("standings")
    Map<String, Object> standings(@Nullable Principal principal, HttpRequest<?> request, @Nullable @QueryValue QuotaStatus worst,
                                  @Nullable @QueryValue String after) {
        ActingCaller caller = acting.caller(principal, request);
        var found = archives.overview(caller, new StandingFilter(Optional.ofNullable(worst), Optional.empty(), Optional.empty(),
                Optional.empty()), KeysetRequest.of(after, null, true));
        return Map.of("frame", frames.of(caller, ConsoleText.text("standings.title")),
                "worst", worst == null ? "" : worst.name(), "statuses", labels(QuotaStatus.values()),
                "standings", ListPage.of(found, StandingRow::of, query(Map.of("worst", Optional.ofNullable(worst).map(Enum::name))),
                        after != null));
    }

    @Get("/deputies/{id}")
    @View("archive")
    Map<String, Object> archive(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id) {
        ActingCaller caller = acting.caller(principal, request);
        return archiveOf(caller, Ids.parse("id", id, DeputyId::new));
    }

    @Get("/me")
    @View("archive")
    Map<String, Object> own(@Nullable Principal principal, HttpRequest<?> request) {
        ActingCaller caller = acting.caller(principal, request);
        return archiveOf(caller, deputies.own(caller).deputy().id());
    }

    private Map<String, Object> archiveOf(ActingCaller caller, DeputyId deputy) {
        ArchivePage archive = ArchivePage.of(archives.archive(caller, deputy, LegalDate.today(clock)));
        return Map.of("frame", frames.of(caller, ConsoleText.text("archive.title", archive.name())), "archive", archive);
    }

    private static Map<String, String> labels(Enum<?>[] constants) {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(constants).forEach(constant -> labels.put(constant.name(), ConsoleText.label(constant)));
        return labels;
    }

    /** The query string of a list's filters that are set, for its paging links. */
    private static String query(Map<String, Optional<String>> filters) {
        return filters.entrySet().stream().filter(filter -> filter.getValue().isPresent())
                .map(filter -> filter.getKey() + "=" + URLEncoder.encode(filter.getValue().get(), StandardCharsets.UTF_8))
                .sorted().collect(Collectors.joining("&"));
    }
}
