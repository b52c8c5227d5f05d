package org.lvzhi.application.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.suggestion.port.out.AwaitingReply;
import org.lvzhi.application.suggestion.port.out.SuggestionPort;
import org.lvzhi.application.suggestion.port.out.SuggestionScope;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.suggestion.HandlingUnit;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionFilter;
import org.lvzhi.domain.suggestion.SuggestionId;
import org.lvzhi.domain.suggestion.SuggestionState;

/**
 * The suggestions of each congress. Like the adapter, an update may only append actions, never rewrite them, and
 * lists read newest (last drafted) first.
 */
public final class InMemorySuggestions implements SuggestionPort {

    private final TenantTable<SuggestionId, Suggestion> suggestions;

    public InMemorySuggestions(InMemoryTransactions transactions) {
        this.suggestions = new TenantTable<>("suggestion", transactions);
    }

    @Override
    public void add(Suggestion suggestion) {
        suggestions.insert(suggestion.id(), suggestion);
    }

    @Override
    public void update(Suggestion suggestion) {
        Suggestion stored = suggestions.find(suggestion.id()).orElseThrow(() -> new IllegalStateException("no suggestion " + suggestion.id()));
        if (!suggestion.actions().subList(0, stored.actions().size()).equals(stored.actions())) {
            throw new IllegalStateException("actions of suggestion " + suggestion.id() + " rewritten");
        }
        suggestions.update(suggestion.id(), suggestion);
    }

    @Override
    public Optional<Suggestion> find(SuggestionId id) {
        return suggestions.find(id);
    }

    @Override
    public Optional<Suggestion> lock(SuggestionId id) {
        return find(id);
    }

    @Override
    public Slice<Suggestion> list(SuggestionScope scope, SuggestionFilter filter, KeysetRequest page) {
        return Paging.slice(matching(scope, filter), page, s -> KeysetRequest.cursor(s.actions().getFirst().at(), s.id().value()));
    }

    private List<Suggestion> matching(SuggestionScope scope, SuggestionFilter filter) {
        List<Suggestion> all = suggestions.visible().toList();
        return all.reversed().stream()
                .filter(s -> switch (scope) {
                    case SuggestionScope.Submitted staff -> s.state() != SuggestionState.DRAFT;
                    case SuggestionScope.SponsoredBy own -> s.sponsoredBy(own.deputy());
                    case SuggestionScope.HandledBy handled -> s.handledBy(handled.units());
                })
                .filter(s -> filter.state().map(state -> s.state() == state).orElse(true))
                .filter(s -> filter.unit().map(unit -> s.units().stream().map(HandlingUnit::unit).anyMatch(unit::equals)).orElse(true))
                .toList();
    }

    @Override
    public Slice<AwaitingReply> awaitingReply(SuggestionScope scope, KeysetRequest page) {
        return Paging.slice(matching(scope, new SuggestionFilter(Optional.empty(), Optional.empty())).stream()
                .filter(s -> s.state() == SuggestionState.ASSIGNED || s.state() == SuggestionState.REASSIGNED)
                .map(AwaitingReply::of)
                .sorted(Comparator.comparing(AwaitingReply::replyDueOn).thenComparing(line -> line.id().value()))
                .toList(), page, line -> KeysetRequest.cursor(line.replyDueOn(), line.id().value()));
    }

    @Override
    public List<Suggestion> ofTerm(TermId term, List<SuggestionState> states) {
        return suggestions.visible().filter(s -> s.term().equals(term) && states.contains(s.state()))
                .sorted(Comparator.comparing(Suggestion::title)).toList();
    }

    public List<Suggestion> stored(CongressId congress) {
        return suggestions.stored(congress);
    }
}
