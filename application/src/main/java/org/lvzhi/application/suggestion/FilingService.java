package org.lvzhi.application.suggestion;

import org.lvzhi.application.suggestion.event.AboutSuggestion;
import org.lvzhi.application.suggestion.event.SuggestionSubmitted;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.duty.port.in.FactsObserver;
import org.lvzhi.application.duty.port.out.DutyRecordPort;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.application.suggestion.port.in.DraftSuggestionCommand;
import org.lvzhi.application.suggestion.port.in.FilingUseCases;
import org.lvzhi.application.suggestion.port.out.SuggestionPort;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.Violations;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionAction;
import org.lvzhi.domain.suggestion.SuggestionId;

@Singleton
class FilingService implements FilingUseCases {

    /** The duty record type a submitted suggestion files in each sponsor's archive (QH-10.1, QH-11.4, DC-9.2, JD-18). */
    static final String SUGGESTION_RECORD = "SUGGESTION";
    /** Who registered those records: the platform itself, on submission. */
    static final String SYSTEM = "system";
    private static final Messages MESSAGES = Messages.of(FilingService.class);

    private final TransactionPort transactions;
    private final SuggestionPort suggestions;
    private final SuggestionRecords records;
    private final SuggestionAuthority authority;
    private final LoadDeputyPort deputies;
    private final DutyRecordPort dutyRecords;
    private final FactsObserver observer;
    private final SuggestionNotices notices;

    FilingService(TransactionPort transactions, SuggestionPort suggestions, SuggestionRecords records, SuggestionAuthority authority,
            LoadDeputyPort deputies, DutyRecordPort dutyRecords, FactsObserver observer, SuggestionNotices notices) {
        this.transactions = transactions;
        this.suggestions = suggestions;
        this.records = records;
        this.authority = authority;
        this.deputies = deputies;
        this.dutyRecords = dutyRecords;
        this.observer = observer;
        this.notices = notices;
    }

    @Override
    public Suggestion draft(ActingCaller caller, DraftSuggestionCommand command) {
        return transactions.inCongress(caller.congress(), () -> {
            DeputyView seat = authority.requireOwnSeat(caller);
            checkCoSponsors(seat, command.coSponsors());
            Suggestion drafted = Suggestion.draft(seat.deputy().term(), seat.deputy().id(), command.coSponsors(), command.title(),
                    command.content(), records.acting(caller));
            suggestions.add(drafted);
            return drafted;
        });
    }

    @Override
    public Suggestion revise(ActingCaller caller, SuggestionId id, DraftSuggestionCommand command) {
        return transactions.inCongress(caller.congress(), () -> {
            Suggestion current = records.forChange(caller, id);
            authority.checkSponsor(caller, current);
            checkCoSponsors(authority.requireOwnSeat(caller), command.coSponsors());
            Suggestion revised = current.revise(command.title(), command.content(), command.coSponsors());
            suggestions.update(revised);
            return revised;
        });
    }

    @Override
    public Suggestion submit(ActingCaller caller, SuggestionId id) {
        return transactions.inCongress(caller.congress(), () -> {
            Suggestion current = records.forChange(caller, id);
            authority.checkSponsor(caller, current);
            SuggestionAction.Acting acting = records.acting(caller);
            Suggestion submitted = current.submit(acting);
            suggestions.update(submitted);
            Stream.concat(Stream.of(submitted.sponsor()), submitted.coSponsors().stream()).forEach(deputy -> {
                dutyRecords.add(DutyRecord.registered(deputy, SUGGESTION_RECORD, acting.on(), Optional.empty(), Optional.empty(),
                        Optional.of(submitted.title()), SYSTEM));
                observer.filed(caller.congress(), deputy);
            });
            notices.toSponsors(caller.congress(), submitted, new SuggestionSubmitted(AboutSuggestion.of(submitted)));
            return submitted;
        });
    }

    /** Co-sponsors are serving deputies of the congress in the sponsor's term. */
    private void checkCoSponsors(DeputyView sponsor, List<DeputyId> coSponsors) {
        Violations violations = new Violations();
        for (int i = 0; i < coSponsors.size(); i++) {
            String field = "coSponsors." + i;
            DeputyId id = coSponsors.get(i);
            Optional<DeputyView> found = deputies.find(id);
            if (found.isEmpty()) {
                violations.add(MESSAGES.violation(field, "co-sponsor.unknown", id));
            } else if (!found.get().deputy().term().equals(sponsor.deputy().term())) {
                violations.add(MESSAGES.violation(field, "co-sponsor.other-term", found.get().person().name()));
            } else if (found.get().deputy().status() != DeputyStatus.ACTIVE) {
                violations.add(MESSAGES.violation(field, "co-sponsor.not-serving", found.get().person().name(),
                        found.get().deputy().status()));
            }
        }
        violations.throwIfAny();
    }
}
