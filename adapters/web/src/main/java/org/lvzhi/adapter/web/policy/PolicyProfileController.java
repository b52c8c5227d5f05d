package org.lvzhi.adapter.web.policy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.policy.port.in.EditPolicyProfileUseCase;
import org.lvzhi.application.policy.port.in.PolicyAccess;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.policy.port.out.ProfileAuditEntry;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.ProfileDiff;
import org.lvzhi.domain.policy.ProfileProblem;
import org.lvzhi.domain.policy.ProfileVersion;

/**
 * The acting congress's policy profile (履职管理办法): the effective rules with where each came from, the
 * versions, validating and saving a new version (YAML or JSON; If-Match names the version edited), diffs and
 * the audit of edits.
 */
@Controller("/api/v1/policy-profile")
class PolicyProfileController {

    static final String YAML = "application/yaml";
    private static final String ETAG = "#/components/headers/ETag";

    private final PolicyProfileQueries queries;
    private final EditPolicyProfileUseCase editing;
    private final Clock clock;

    PolicyProfileController(PolicyProfileQueries queries, EditPolicyProfileUseCase editing, Clock clock) {
        this.queries = queries;
        this.editing = editing;
        this.clock = clock;
    }

    /** The rules in force on {@code on} (default: today in Asia/Shanghai), each with its source profile. */
    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ApiResponse(responseCode = "200", description = "生效的规则及其来源；ETag 为最新版本",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, ref = ETAG))
    HttpResponse<EffectiveProfile> effective(ActingCaller caller, @Nullable @QueryValue LocalDate on) {
        EffectiveProfile effective = queries.effective(caller, on == null ? LegalDate.today(clock) : on);
        return withLatestTag(HttpResponse.ok(effective), caller);
    }

    /** The saved versions of the policy profile, paged. */
    @Get("/versions")
    @Allowed(PolicyAccess.READ_VERSIONS)
    PageResponse<VersionSummary> versions(ActingCaller caller, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.slice(queries.versions(caller), page, size, VersionSummary::of);
    }

    /** One version's document exactly as saved, with its number as the ETag. */
    @Get(value = "/versions/{number}", produces = YAML)
    @Allowed(PolicyAccess.READ_VERSIONS)
    @ApiResponse(responseCode = "200", description = "该版本保存时的 YAML；ETag 为其版本号",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, ref = ETAG))
    HttpResponse<String> document(ActingCaller caller, @PathVariable int number) {
        return HttpResponse.ok(queries.document(caller, number)).header(HttpHeaders.ETAG, etag(number));
    }

    /** The differences between two versions of the policy profile. */
    @Get("/diff")
    @Allowed(PolicyAccess.READ_VERSIONS)
    ProfileDiff.Result diff(ActingCaller caller, @QueryValue int from, @QueryValue int to) {
        return queries.diff(caller, from, to);
    }

    /** The audit of the policy profile's edits, paged. */
    @Get("/audit")
    @Allowed(PolicyAccess.MANAGE)
    PageResponse<ProfileAuditEntry> audit(ActingCaller caller, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.slice(queries.audit(caller), page, size, entry -> entry);
    }

    /** Checks a draft without saving it: every problem, each with its JSON Pointer. */
    @Post("/validate")
    @Consumes({YAML, "text/yaml", MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Allowed(PolicyAccess.MANAGE)
    ValidationReport validate(ActingCaller caller, @Body String document) {
        List<ProfileProblem> problems = editing.validate(caller, document);
        return new ValidationReport(problems.isEmpty(), problems);
    }

    /** Saves the draft as a new version; If-Match must name the latest version once one exists. */
    @Put
    @Consumes({YAML, "text/yaml", MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Allowed(PolicyAccess.MANAGE)
    @ApiResponse(responseCode = "201", description = "已保存为新版本；ETag 为新版本号",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, ref = ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionSummary.class)))
    HttpResponse<VersionSummary> save(ActingCaller caller, @Body String document,
            @Parameter(description = "所修改的版本（最新版本的 ETag，如 \"3\"）；已有版本时必填")
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        ProfileVersion saved = editing.save(caller, document, version(ifMatch));
        return HttpResponse.<VersionSummary>status(HttpStatus.CREATED).body(VersionSummary.of(saved))
                .header(HttpHeaders.ETAG, etag(saved.number()));
    }

    private <T> HttpResponse<T> withLatestTag(io.micronaut.http.MutableHttpResponse<T> response, ActingCaller caller) {
        queries.versions(caller).stream().map(ProfileVersion::number).max(Integer::compare)
                .ifPresent(latest -> response.header(HttpHeaders.ETAG, etag(latest)));
        return response;
    }

    static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match names ({@code "3"}, {@code W/"3"} or {@code 3}); anything else names none. */
    static Optional<Integer> version(String ifMatch) {
        if (ifMatch == null) {
            return Optional.empty();
        }
        String digits = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        return digits.matches("[0-9]{1,9}") ? Optional.of(Integer.parseInt(digits)) : Optional.of(-1);
    }

    @Serdeable
    record VersionSummary(int version, String profile, LocalDate effectiveFrom, Instant savedAt, String savedBy, int rules) {

        static VersionSummary of(ProfileVersion version) {
            return new VersionSummary(version.number(), version.profile().profile(), version.profile().effectiveFrom(),
                    version.savedAt(), version.savedBy(), version.profile().rules().size());
        }
    }

    @Serdeable
    record ValidationReport(boolean valid, List<ProfileProblem> problems) {
    }
}
