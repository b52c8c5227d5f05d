package org.lvzhi.adapter.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.net.URI;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.application.archive.port.in.PreviewProfileChangeUseCase;
import org.lvzhi.application.policy.port.in.EditPolicyProfileUseCase;
import org.lvzhi.application.policy.port.in.InvalidProfile;
import org.lvzhi.application.policy.port.in.PolicyAccess;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.policy.port.out.ProfileAuditEntry;
import org.lvzhi.application.policy.port.out.StaleProfileVersion;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.ProfileVersion;

/**
 * The congress's policy profile at the console: the rules in force as sentences with where each comes from; the
 * editor of the congress's own profile, checked as the admin types, previewed against today's verdicts before it is
 * saved, and saved only over the version it was opened on; the versions with their audit and the diff of any two.
 */
@Controller("/profile")
@Secured(SecurityRule.IS_ANONYMOUS)
class ProfileController {

    private static final int AUDIT_PAGE = 20;

    private final ActingInCongress acting;
    private final Frames frames;
    private final PolicyProfileQueries profiles;
    private final EditPolicyProfileUseCase editing;
    private final PreviewProfileChangeUseCase previews;
    private final Clock clock;

    ProfileController(ActingInCongress acting, Frames frames, PolicyProfileQueries profiles, EditPolicyProfileUseCase editing,
                      PreviewProfileChangeUseCase previews, Clock clock) {
        this.acting = acting;
        this.frames = frames;
        this.profiles = profiles;
        this.editing = editing;
        this.previews = previews;
        this.clock = clock;
    }

    @Get
    @View("profile")
    Map<String, Object> effective(@Nullable Principal principal, HttpRequest<?> request) {
        ActingCaller caller = granted(acting.caller(principal, request), PolicyAccess.READ_VERSIONS);
        EffectiveProfile profile = profiles.effective(caller, LegalDate.today(clock));
        return Map.of("frame", frames.of(caller, ConsoleText.text("profile.title")), "profile", ProfilePage.of(profile),
                "manages", PolicyAccess.GRANTS.allows(caller, PolicyAccess.MANAGE));
    }

    @Get("/edit")
    @View("profile-edit")
    Map<String, Object> edit(@Nullable Principal principal, HttpRequest<?> request) {
        ActingCaller caller = granted(acting.caller(principal, request), PolicyAccess.MANAGE);
        Optional<Integer> latest = latest(caller);
        String document = latest.map(number -> profiles.document(caller, number))
                .orElseGet(() -> ConsoleText.text("profile.starter", caller.congress().value(), LegalDate.today(clock).toString()));
        return editor(caller, new Draft(document, latest.map(String::valueOf).orElse("")), List.of(), "");
    }

    @Post(value = "/check", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("profile-problems")
    Map<String, Object> check(@Nullable Principal principal, HttpRequest<?> request, @Body Draft draft) {
        ActingCaller caller = granted(acting.caller(principal, request), PolicyAccess.MANAGE);
        return Map.of("problems", ProblemLine.of(draft.text(), editing.validate(caller, draft.text())), "checked", true);
    }

    @Post(value = "/preview", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("profile-preview")
    Map<String, Object> preview(@Nullable Principal principal, HttpRequest<?> request, @Body Draft draft) {
        ActingCaller caller = granted(acting.caller(principal, request), PolicyAccess.MANAGE);
        try {
            return Map.of("preview", Optional.of(PreviewPage.of(previews.preview(caller, draft.text()))), "problems", List.of());
        } catch (InvalidProfile invalid) {
            return Map.of("preview", Optional.empty(), "problems", ProblemLine.of(draft.text(), invalid.problems()));
        }
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    Object save(@Nullable Principal principal, HttpRequest<?> request, @Body Draft draft) {
        ActingCaller caller = granted(acting.caller(principal, request), PolicyAccess.MANAGE);
        try {
            ProfileVersion saved = editing.save(caller, draft.text(), draft.version());
            String compared = saved.number() > 1 ? "from=" + (saved.number() - 1) + "&to=" + saved.number() + "&" : "";
            return HttpResponse.seeOther(URI.create("/profile/versions?" + compared + "saved=" + saved.number()));
        } catch (InvalidProfile invalid) {
            return new ModelAndView<>("profile-edit", editor(caller, draft, ProblemLine.of(draft.text(), invalid.problems()), ""));
        } catch (StaleProfileVersion stale) {
            return new ModelAndView<>("profile-edit", editor(caller, draft, List.of(),
                    ConsoleText.text("profile.stale", stale.latest(), draft.basedOn())));
        }
    }

    @Get("/versions")
    @View("profile-versions")
    Map<String, Object> versions(@Nullable Principal principal, HttpRequest<?> request, @Nullable @QueryValue Integer from,
                                 @Nullable @QueryValue Integer to, @Nullable @QueryValue Integer saved, @Nullable @QueryValue Integer page) {
        ActingCaller caller = granted(acting.caller(principal, request), PolicyAccess.READ_VERSIONS);
        List<ProfileVersion> versions = profiles.versions(caller);
        Map<String, Object> model = new HashMap<>();
        model.put("frame", frames.of(caller, ConsoleText.text("profile.versions.title")));
        model.put("numbers", versions.stream().map(ProfileVersion::number).sorted(Comparator.reverseOrder()).toList());
        model.put("from", from == null ? 0 : from);
        model.put("to", to == null ? 0 : to);
        model.put("notice", saved == null ? "" : ConsoleText.text("profile.saved", saved));
        model.put("diff", from == null || to == null ? List.of()
                : DiffRow.of(profiles.diff(caller, from, to), profiles.effective(caller, LegalDate.today(clock))));
        var audit = PolicyAccess.GRANTS.allows(caller, PolicyAccess.MANAGE)
                ? profiles.audit(caller).reversed() : List.<ProfileAuditEntry>of();
        model.put("audit", ListPage.of(Page.sliceOf(audit, new PageRequest(page == null ? 0 : page, AUDIT_PAGE)), AuditRow::of,
                from == null || to == null ? "" : "from=" + from + "&to=" + to));
        return model;
    }

    private Map<String, Object> editor(ActingCaller caller, Draft draft, List<ProblemLine> problems, String refusal) {
        return Map.of("frame", frames.of(caller, ConsoleText.text("profile.edit.title")), "draft", draft, "problems", problems,
                "refusal", refusal);
    }

    private Optional<Integer> latest(ActingCaller caller) {
        return profiles.versions(caller).stream().map(ProfileVersion::number).max(Integer::compare);
    }

    /** Refuses a page the caller's roles in the acting congress are not granted, as the API refuses its route. */
    private static ActingCaller granted(ActingCaller caller, String operation) {
        if (!PolicyAccess.GRANTS.allows(caller, operation)) {
            throw new AccessDenied(ConsoleText.text("denied"));
        }
        return caller;
    }
}
