package org.lvzhi.adapter.console;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lvzhi.application.congress.port.in.UnitUseCases;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.suggestion.port.in.SuggestionAccess;
import org.lvzhi.application.suggestion.port.in.SuggestionPeople;
import org.lvzhi.application.suggestion.port.in.SuggestionQueries;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.policy.RefusalCategory;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.suggestion.Feedback;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionAction;
import org.lvzhi.domain.suggestion.SuggestionFilter;
import org.lvzhi.domain.suggestion.SuggestionId;
import org.lvzhi.domain.suggestion.SuggestionState;

/**
 * Builds the suggestion pages from the suggestion queries: the list the caller may read (staff every submitted one, a
 * deputy their own, a handling unit those assigned to it) and one suggestion with the forms its state and the
 * caller's grants offer. The use cases still judge every action.
 */
@Singleton
class SuggestionPages {

    private final Frames frames;
    private final SuggestionQueries suggestions;
    private final UnitUseCases units;
    private final PolicyProfileQueries profiles;
    private final Clock clock;

    SuggestionPages(Frames frames, SuggestionQueries suggestions, UnitUseCases units, PolicyProfileQueries profiles, Clock clock) {
        this.frames = frames;
        this.suggestions = suggestions;
        this.units = units;
        this.profiles = profiles;
        this.clock = clock;
    }

    Map<String, Object> list(ActingCaller caller, Optional<SuggestionState> state, String query, String after) {
        LocalDate today = LegalDate.today(clock);
        Map<UnitId, String> names = new HashMap<>();
        var found = suggestions.list(caller, new SuggestionFilter(state, Optional.empty()), KeysetRequest.of(after, null, true));
        ListPage<SuggestionRow> rows = ListPage.of(found, suggestion -> new SuggestionRow(suggestion.id().toString(), suggestion.title(),
                String.join("、", suggestions.people(caller, suggestion.id()).sponsors()), Messages.label(suggestion.state()),
                unitsOf(caller, suggestion, names), SuggestionClock.of(suggestion, today)), query, after != null);
        Map<String, String> states = Arrays.stream(SuggestionState.values())
                .collect(Collectors.toMap(Enum::name, Messages::label, (a, b) -> a, LinkedHashMap::new));
        return Map.of("frame", frames.of(caller, ConsoleText.text("suggestions.title")), "suggestions", rows,
                "state", state.map(Enum::name).orElse(""), "states", states,
                "mayFile", SuggestionAccess.GRANTS.allows(caller, SuggestionAccess.SPONSOR));
    }

    Map<String, Object> page(ActingCaller caller, SuggestionId id, String notice, String failed, FormErrors errors) {
        Suggestion suggestion = suggestions.find(caller, id);
        SuggestionPeople people = suggestions.people(caller, id);
        Map<UnitId, String> names = new HashMap<>();
        SuggestionPage.Forms forms = forms(caller, suggestion);
        List<SuggestionPage.Step> steps = suggestion.actions().stream().map(action -> step(caller, action, names)).toList();
        List<SuggestionPage.Duplicate> duplicates = forms.screen() ? suggestions.mergeCandidates(caller, id).stream()
                .map(c -> new SuggestionPage.Duplicate(c.suggestion().id().toString(), c.suggestion().title(), c.suggestion().content(),
                        Messages.label(c.suggestion().state()), Math.round(c.score() * 100))).toList() : List.of();
        SuggestionPage page = new SuggestionPage(id.toString(), suggestion.title(), suggestion.content(),
                String.join("、", people.sponsors()), Messages.label(suggestion.state()), unitsOf(caller, suggestion, names),
                SuggestionClock.of(suggestion, LegalDate.today(clock)), steps, duplicates, forms,
                choices(caller, forms, people), failed, errors);
        return Map.of("frame", frames.of(caller, suggestion.title()), "suggestion", page, "notice", notice);
    }

    /**
     * The suggestion's page after an action of one of its forms: what the action did and what follows, or, when the
     * rules refused it, the form's errors beside its fields.
     */
    Map<String, Object> acted(ActingCaller caller, SuggestionId id, String form, Set<String> fields, Supplier<String> action) {
        try {
            return page(caller, id, action.get(), "", FormErrors.NONE);
        } catch (InvariantViolation invalid) {
            return page(caller, id, "", form, FormErrors.of(invalid, fields));
        }
    }

    /** The date the reply or feedback now awaited is due, or a dash where the profile starts no clock. */
    static String due(Optional<LocalDate> due) {
        return due.map(ConsoleText::date).orElse("—");
    }

    private static SuggestionPage.Forms forms(ActingCaller caller, Suggestion suggestion) {
        boolean handles = SuggestionAccess.GRANTS.allows(caller, SuggestionAccess.HANDLE);
        boolean answers = SuggestionAccess.GRANTS.allows(caller, SuggestionAccess.ANSWER);
        SuggestionState state = suggestion.state();
        return new SuggestionPage.Forms(handles && state == SuggestionState.SUBMITTED, handles && state == SuggestionState.ACCEPTED,
                handles && state == SuggestionState.DISSATISFIED, handles && state.inHandling(),
                handles && suggestion.extensionPending(), handles && state == SuggestionState.REPLIED,
                answers && state.inHandling(),
                answers && state == SuggestionState.ASSIGNED && !suggestion.complex() && !suggestion.extensionPending(),
                SuggestionAccess.GRANTS.allows(caller, SuggestionAccess.SPONSOR) && state == SuggestionState.REPLIED);
    }

    private SuggestionPage.Choices choices(ActingCaller caller, SuggestionPage.Forms forms, SuggestionPeople people) {
        List<SuggestionPage.Choice> handlingUnits = forms.assign() ? Page.all(page -> units.list(caller.congress(), UnitKind.HANDLING_UNIT, page))
                .stream().map(unit -> new SuggestionPage.Choice(unit.id().toString(), unit.name().value())).toList() : List.of();
        List<SuggestionPage.Choice> categories = forms.screen()
                ? RefusalCategory.in(profiles.effective(caller, LegalDate.today(clock)), RefusalCategory.SUGGESTION).stream()
                        .map(c -> new SuggestionPage.Choice(c.category().code(), c.citation())).toList()
                : List.of();
        List<SuggestionPage.Choice> verdicts = Arrays.stream(Feedback.values())
                .map(verdict -> new SuggestionPage.Choice(verdict.name(), Messages.label(verdict))).toList();
        return new SuggestionPage.Choices(handlingUnits, categories, people.leadHeads(), verdicts);
    }

    private SuggestionPage.Step step(ActingCaller caller, SuggestionAction action, Map<UnitId, String> names) {
        String what = Stream.of(Optional.of(Messages.label(action.kind())), action.unit().map(unit -> unitName(caller, unit, names)),
                        action.verdict().map(Messages::label))
                .flatMap(Optional::stream).collect(Collectors.joining(" · "));
        String by = action.signedBy().map(signatory -> ConsoleText.text("suggestion.signed", signatory)).orElse(action.by());
        return new SuggestionPage.Step(ConsoleText.date(action.on()), what, by, action.text().orElse(""));
    }

    private String unitsOf(ActingCaller caller, Suggestion suggestion, Map<UnitId, String> names) {
        return suggestion.units().stream()
                .map(handling -> unitName(caller, handling.unit(), names) + "（" + Messages.label(handling.role()) + "）")
                .collect(Collectors.joining("、"));
    }

    private String unitName(ActingCaller caller, UnitId unit, Map<UnitId, String> names) {
        return names.computeIfAbsent(unit, id -> units.find(caller.congress(), UnitKind.HANDLING_UNIT, id).name().value());
    }
}
