package org.lvzhi.application.suggestion;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.application.suggestion.port.in.SuggestionPeople;
import org.lvzhi.application.suggestion.port.in.SuggestionQueries;
import org.lvzhi.application.suggestion.port.out.AwaitingReply;
import org.lvzhi.application.suggestion.port.out.HandlingUnitHeadsPort;
import org.lvzhi.application.suggestion.port.out.SuggestionPort;
import org.lvzhi.domain.suggestion.NearDuplicates;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionFilter;
import org.lvzhi.domain.suggestion.SuggestionId;

@Singleton
class SuggestionQueryService implements SuggestionQueries {

    private final TransactionPort transactions;
    private final SuggestionPort suggestions;
    private final SuggestionRecords records;
    private final SuggestionAuthority authority;
    private final MergeCandidates candidates;
    private final LoadDeputyPort deputies;
    private final HandlingUnitHeadsPort heads;
    private final Clock clock;

    SuggestionQueryService(TransactionPort transactions, SuggestionPort suggestions, SuggestionRecords records,
            SuggestionAuthority authority, MergeCandidates candidates, LoadDeputyPort deputies, HandlingUnitHeadsPort heads,
            Clock clock) {
        this.transactions = transactions;
        this.suggestions = suggestions;
        this.records = records;
        this.authority = authority;
        this.candidates = candidates;
        this.deputies = deputies;
        this.heads = heads;
        this.clock = clock;
    }

    @Override
    public Slice<Suggestion> list(ActingCaller caller, SuggestionFilter filter, KeysetRequest page) {
        return transactions.readInCongress(caller.congress(),
                () -> suggestions.list(authority.scope(caller, LegalDate.today(clock)), filter, page));
    }

    @Override
    public Slice<AwaitingReply> awaitingReply(ActingCaller caller, KeysetRequest page) {
        return transactions.readInCongress(caller.congress(),
                () -> suggestions.awaitingReply(authority.scope(caller, LegalDate.today(clock)), page));
    }

    @Override
    public Suggestion find(ActingCaller caller, SuggestionId id) {
        return transactions.readInCongress(caller.congress(), () -> records.visible(caller, id));
    }

    @Override
    public SuggestionPeople people(ActingCaller caller, SuggestionId id) {
        return transactions.readInCongress(caller.congress(), () -> {
            Suggestion suggestion = records.visible(caller, id);
            List<String> sponsors = Stream.concat(Stream.of(suggestion.sponsor()), suggestion.coSponsors().stream())
                    .flatMap(deputy -> deputies.find(deputy).stream()).map(view -> view.person().name().value()).toList();
            List<String> leadHeads = suggestion.leadUnit().stream().flatMap(lead -> heads.heads(lead, LegalDate.today(clock)).stream())
                    .map(person -> person.name().value()).toList();
            return new SuggestionPeople(sponsors, leadHeads);
        });
    }

    @Override
    public List<NearDuplicates.Candidate> mergeCandidates(ActingCaller caller, SuggestionId id) {
        authority.checkStaff(caller);
        return transactions.readInCongress(caller.congress(), () -> {
            return candidates.of(records.visible(caller, id));
        });
    }
}
