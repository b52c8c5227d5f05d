package org.lvzhi.application.suggestion;

import org.lvzhi.application.suggestion.event.AboutSuggestion;
import org.lvzhi.application.suggestion.event.SuggestionMerged;
import org.lvzhi.application.suggestion.event.SuggestionScreened;
import jakarta.inject.Singleton;
import java.util.List;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.application.suggestion.port.in.ScreenCommand;
import org.lvzhi.application.suggestion.port.in.ScreeningUseCases;
import org.lvzhi.application.suggestion.port.out.SuggestionPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.policy.RefusalCategory;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionAction;
import org.lvzhi.domain.suggestion.SuggestionId;

@Singleton
class ScreeningService implements ScreeningUseCases {

    private static final Messages MESSAGES = Messages.of(ScreeningService.class);

    private final TransactionPort transactions;
    private final SuggestionPort suggestions;
    private final SuggestionRecords records;
    private final SuggestionAuthority authority;
    private final PolicyProfileQueries profiles;
    private final SuggestionNotices notices;
    private final MergeCandidates candidates;

    ScreeningService(TransactionPort transactions, SuggestionPort suggestions, SuggestionRecords records, SuggestionAuthority authority,
            PolicyProfileQueries profiles, SuggestionNotices notices, MergeCandidates candidates) {
        this.transactions = transactions;
        this.suggestions = suggestions;
        this.records = records;
        this.authority = authority;
        this.profiles = profiles;
        this.notices = notices;
        this.candidates = candidates;
    }

    @Override
    public Suggestion screen(ActingCaller caller, SuggestionId id, ScreenCommand command) {
        authority.checkStaff(caller);
        return transactions.inCongress(caller.congress(), () -> {
            Suggestion current = records.forChange(caller, id);
            SuggestionAction.Acting acting = records.acting(caller);
            Suggestion screened = switch (command.decision()) {
                case ACCEPT -> accept(caller, current, command, acting);
                case REFUSE -> refuse(caller.congress(), current, command, acting);
            };
            suggestions.update(screened);
            String outcome = screened.refusal().map(reason -> MESSAGES.text("outcome.refused", reason))
                    .orElseGet(() -> MESSAGES.text("outcome.accepted"));
            notices.toSponsors(caller.congress(), screened, new SuggestionScreened(AboutSuggestion.of(screened), outcome));
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
            notices.toSponsors(caller.congress(), joined, new SuggestionMerged(AboutSuggestion.of(joined), merged.title()));
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
        List<RefusalCategory> categories = RefusalCategory.in(profiles.effectiveIn(congress, acting.on()), RefusalCategory.SUGGESTION);
        if (command.category().isEmpty()) {
            if (!categories.isEmpty() || command.note().isEmpty()) {
                throw MESSAGES.violation("category", "screening.category-required", listed(categories));
            }
            return current.refuse("OTHER", command.note().get(), acting);
        }
        RefusalCategory category = categories.stream().filter(c -> c.category().code().equals(command.category().get())).findFirst()
                .orElseThrow(() -> MESSAGES.violation("category", "screening.unknown-category", command.category().get(),
                        listed(categories)));
        String reason = command.note().map(note -> MESSAGES.text("refusal.with-note", category.citation(), note))
                .orElseGet(category::citation);
        return current.refuse(category.category().code(), reason, acting);
    }

    /** HN-5 "对于内容相同的，应当合并提出": where the profile merges duplicates, a suggestion with a near-duplicate is merged, not accepted beside it. */
    private Suggestion accept(ActingCaller caller, Suggestion current, ScreenCommand command, SuggestionAction.Acting acting) {
        if (RefusalCategory.mergesDuplicates(profiles.effectiveIn(caller.congress(), acting.on()))) {
            candidates.of(current).stream().findFirst().ifPresent(duplicate -> {
                throw MESSAGES.violation("decision", "screening.merge-first", duplicate.suggestion().title());
            });
        }
        return current.accept(command.note(), acting);
    }

    private static String listed(List<RefusalCategory> categories) {
        return categories.isEmpty() ? MESSAGES.text("screening.no-categories") : RefusalCategory.listed(categories);
    }
}
