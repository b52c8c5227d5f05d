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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.adapter.web.shared.Roles;
import org.lvzhi.application.policy.port.in.EditPolicyProfileUseCase;
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
    HttpResponse<EffectiveProfile> effective(ActingCaller caller, @Nullable @QueryValue LocalDate on) {
        EffectiveProfile effective = queries.effective(caller, on == null ? LegalDate.today(clock) : on);
        return withLatestTag(HttpResponse.ok(effective), caller);
    }

    @Get("/versions")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.LIAISON_OFFICER})
    PageResponse<VersionSummary> versions(ActingCaller caller, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.slice(queries.versions(caller), page, size, VersionSummary::of);
    }

    /** One version's document exactly as saved, with its number as the ETag. */
    @Get(value = "/versions/{number}", produces = YAML)
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.LIAISON_OFFICER})
    HttpResponse<String> document(ActingCaller caller, @PathVariable int number) {
        return HttpResponse.ok(queries.document(caller, number)).header(HttpHeaders.ETAG, etag(number));
    }

    @Get("/diff")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.LIAISON_OFFICER})
    ProfileDiff.Result diff(ActingCaller caller, @QueryValue int from, @QueryValue int to) {
        return queries.diff(caller, from, to);
    }

    @Get("/audit")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    PageResponse<ProfileAuditEntry> audit(ActingCaller caller, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.slice(queries.audit(caller), page, size, entry -> entry);
    }

    /** Checks a draft without saving it: every problem, each with its JSON Pointer. */
    @Post("/validate")
    @Consumes({YAML, "text/yaml", MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    ValidationReport validate(ActingCaller caller, @Body String document) {
        List<ProfileProblem> problems = editing.validate(caller, document);
        return new ValidationReport(problems.isEmpty(), problems);
    }

    /** Saves the draft as a new version; If-Match must name the latest version once one exists. */
    @Put
    @Consumes({YAML, "text/yaml", MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    HttpResponse<VersionSummary> save(ActingCaller caller, @Body String document, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
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
