package org.lvzhi.application.suggestion;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lvzhi.application.identity.ActingCaller;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.application.suggestion.port.in.ScreenCommand;
import org.lvzhi.application.suggestion.port.in.ScreeningUseCases;
import org.lvzhi.application.suggestion.port.out.SuggestionPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.RuleKind;
import org.lvzhi.domain.policy.ScreeningCategory;
import org.lvzhi.domain.policy.Sourced;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionAction;
import org.lvzhi.domain.suggestion.SuggestionId;

@Singleton
class ScreeningService implements ScreeningUseCases {

    /** What a screening category's {@code refuses} names when it refuses suggestions (HN-5). */
    static final String REFUSES_SUGGESTION = "SUGGESTION";
    private static final Messages MESSAGES = Messages.of(ScreeningService.class);

    private final TransactionPort transactions;
    private final SuggestionPort suggestions;
    private final SuggestionRecords records;
    private final SuggestionAuthority authority;
    private final PolicyProfileQueries profiles;
    private final SuggestionNotices notices;

    ScreeningService(TransactionPort transactions, SuggestionPort suggestions, SuggestionRecords records, SuggestionAuthority authority,
            PolicyProfileQueries profiles, SuggestionNotices notices) {
        this.transactions = transactions;
        this.suggestions = suggestions;
        this.records = records;
        this.authority = authority;
        this.profiles = profiles;
        this.notices = notices;
    }

    @Override
    public Suggestion screen(ActingCaller caller, SuggestionId id, ScreenCommand command) {
        authority.checkStaff(caller);
        return transactions.inCongress(caller.congress(), () -> {
            Suggestion current = records.forChange(caller, id);
            SuggestionAction.Acting acting = records.acting(caller);
            Suggestion screened = switch (command.decision()) {
                case ACCEPT -> current.accept(command.note(), acting);
                case REFUSE -> refuse(caller.congress(), current, command, acting);
            };
            suggestions.update(screened);
            String outcome = screened.refusal().map(reason -> MESSAGES.text("outcome.refused", reason))
                    .orElseGet(() -> MESSAGES.text("outcome.accepted"));
            notices.toSponsors(caller.congress(), SuggestionNotices.SCREENED, screened, Map.of("outcome", outcome));
            return screened;
        });
    }

    @Override
    public Suggestion merge(ActingCaller caller, SuggestionId id, SuggestionId into) {
        authority.checkStaff(caller);
        return transactions.inCongress(caller.congress(), () -> {
            // Lock both in one order, so two merges of the same pair cannot deadlock.
            boolean idFirst = id.value().compareTo(into.value()) < 0;
            Suggestion first = records.forChange(caller, idFirst ? id : into);
            Suggestion second = records.forChange(caller, idFirst ? into : id);
            Suggestion merging = idFirst ? first : second;
            Suggestion target = idFirst ? second : first;
            SuggestionAction.Acting acting = records.acting(caller);
            Suggestion merged = merging.mergeInto(target, acting);
            Suggestion joined = target.absorb(merging, acting);
            suggestions.update(merged);
            suggestions.update(joined);
            notices.toSponsors(caller.congress(), SuggestionNotices.MERGED, joined, Map.of("mergedTitle", merged.title()));
            return joined;
        });
    }

    @Override
    public Suggestion dismissMerge(ActingCaller caller, SuggestionId id, SuggestionId candidate) {
        authority.checkStaff(caller);
        return transactions.inCongress(caller.congress(), () -> {
            Suggestion current = records.forChange(caller, id);
            records.visible(caller, candidate);
            Suggestion dismissed = current.dismissMerge(candidate, records.acting(caller));
            suggestions.update(dismissed);
            return dismissed;
        });
    }

    /** Refuses under the profile's screening category (HN-5); where the profile has none, a note says why. */
    private Suggestion refuse(CongressId congress, Suggestion current, ScreenCommand command, SuggestionAction.Acting acting) {
        List<Category> categories = categories(congress, acting.on());
        if (command.category().isEmpty()) {
            if (!categories.isEmpty() || command.note().isEmpty()) {
                throw MESSAGES.violation("category", "screening.category-required", listed(categories));
            }
            return current.refuse("OTHER", command.note().get(), acting);
        }
        Category category = categories.stream().filter(c -> c.category().code().equals(command.category().get())).findFirst()
                .orElseThrow(() -> MESSAGES.violation("category", "screening.unknown-category", command.category().get(),
                        listed(categories)));
        String reason = command.note()
                .map(note -> MESSAGES.text("refusal.with-note", category.category().name(), category.rule(), category.article(), note))
                .orElseGet(() -> MESSAGES.text("refusal", category.category().name(), category.rule(), category.article()));
        return current.refuse(category.category().code(), reason, acting);
    }

    private List<Category> categories(CongressId congress, LocalDate on) {
        return profiles.effectiveIn(congress, on).rules().stream()
                .map(Sourced::value)
                .filter(rule -> rule.kind() == RuleKind.SCREENING && rule.screening().isPresent())
                .flatMap(rule -> rule.screening().get().categories().stream()
                        .filter(c -> c.refuses().contains(REFUSES_SUGGESTION))
                        .map(c -> new Category(c, rule)))
                .toList();
    }

    private static String listed(List<Category> categories) {
        return categories.isEmpty() ? MESSAGES.text("screening.no-categories")
                : categories.stream().map(c -> c.category().code() + "（" + c.category().name() + "）").collect(Collectors.joining("、"));
    }

    private record Category(ScreeningCategory category, String rule, String article) {

        Category(ScreeningCategory category, PolicyRule rule) {
            this(category, rule.rule(), rule.article());
        }
    }
}
