package org.lvzhi.application.suggestion;

import org.lvzhi.application.suggestion.event.AboutSuggestion;
import org.lvzhi.application.suggestion.event.SuggestionAssigned;
import org.lvzhi.application.suggestion.event.SuggestionClosed;
import org.lvzhi.application.suggestion.event.SuggestionEvaluated;
import org.lvzhi.application.suggestion.event.SuggestionExtensionDecided;
import org.lvzhi.application.suggestion.event.SuggestionExtensionRequested;
import org.lvzhi.application.suggestion.event.SuggestionFeedbackGiven;
import org.lvzhi.application.suggestion.event.SuggestionProgressReported;
import org.lvzhi.application.suggestion.event.SuggestionReassigned;
import org.lvzhi.application.suggestion.event.SuggestionReplied;
import org.lvzhi.application.suggestion.event.SuggestionUrged;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.congress.port.out.LoadUnitPort;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.application.suggestion.port.in.AssignCommand;
import org.lvzhi.application.suggestion.port.in.EvaluationCommand;
import org.lvzhi.application.suggestion.port.in.FeedbackCommand;
import org.lvzhi.application.suggestion.port.in.HandlingUseCases;
import org.lvzhi.application.suggestion.port.in.ReplyCommand;
import org.lvzhi.application.suggestion.port.out.HandlingUnitHeadsPort;
import org.lvzhi.application.suggestion.port.out.SuggestionPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.Violations;
import org.lvzhi.domain.suggestion.HandlingRole;
import org.lvzhi.domain.suggestion.HandlingUnit;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionAction;
import org.lvzhi.domain.suggestion.SuggestionId;

/**
 * Handling an accepted suggestion, each change with its statutory clock: assignment starts the reply clock (complex:
 * the longer period), the reply stops it and starts the feedback clock where the profile has one (HN-6), feedback
 * stops that, re-assignment starts the second reply clock (BL-13). A progress explanation within the first three
 * months (BL-13) and an approved extension (a matter broad or difficult to handle, QH-3.5) both move the suggestion to
 * the longer period: the clock is stopped and started again complex from the date of assignment.
 */
@Singleton
class HandlingService implements HandlingUseCases {

    private static final Messages MESSAGES = Messages.of(HandlingService.class);

    private final TransactionPort transactions;
    private final SuggestionPort suggestions;
    private final SuggestionRecords records;
    private final SuggestionAuthority authority;
    private final SuggestionClocks clocks;
    private final SuggestionNotices notices;
    private final LoadUnitPort units;
    private final HandlingUnitHeadsPort heads;

    HandlingService(TransactionPort transactions, SuggestionPort suggestions, SuggestionRecords records, SuggestionAuthority authority,
            SuggestionClocks clocks, SuggestionNotices notices, LoadUnitPort units, HandlingUnitHeadsPort heads) {
        this.transactions = transactions;
        this.suggestions = suggestions;
        this.records = records;
        this.authority = authority;
        this.clocks = clocks;
        this.notices = notices;
        this.units = units;
        this.heads = heads;
    }

    @Override
    public Suggestion assign(ActingCaller caller, SuggestionId id, AssignCommand command) {
        authority.checkStaff(caller);
        return change(caller, id, (current, acting) -> {
            Suggestion assigned = current.assign(handling(command), command.complex(), acting);
            assigned = assigned.replyDue(clocks.start(caller.congress(), SuggestionClocks.ASSIGNED, assigned, acting.on(), command.complex()));
            notices.toAll(caller.congress(), assigned, acting.on(), new SuggestionAssigned(AboutSuggestion.of(assigned), leadName(assigned)));
            return assigned;
        });
    }

    @Override
    public Suggestion reportProgress(ActingCaller caller, SuggestionId id, String explanation) {
        return change(caller, id, (current, acting) -> {
            Suggestion reported = current.reportProgress(authority.actingForLead(caller, current, acting.on()), explanation, acting);
            if (current.movesToLongerPeriod(acting.on())) {
                reported = toLongerPeriod(caller, reported, acting.on());
            }
            notices.toSponsors(caller.congress(), reported,
                    new SuggestionProgressReported(AboutSuggestion.of(reported), leadName(reported), explanation));
            return reported;
        });
    }

    @Override
    public Suggestion requestExtension(ActingCaller caller, SuggestionId id, String reason) {
        return change(caller, id, (current, acting) -> {
            Suggestion requested = current.requestExtension(authority.actingForLead(caller, current, acting.on()), reason, acting);
            notices.toSponsors(caller.congress(), requested,
                    new SuggestionExtensionRequested(AboutSuggestion.of(requested), leadName(requested), reason));
            return requested;
        });
    }

    @Override
    public Suggestion decideExtension(ActingCaller caller, SuggestionId id, boolean approve, Optional<String> note) {
        authority.checkStaff(caller);
        return change(caller, id, (current, acting) -> {
            Suggestion decided = current.decideExtension(approve, note, acting);
            if (approve) {
                decided = toLongerPeriod(caller, decided, acting.on());
            }
            notices.toAll(caller.congress(), decided, acting.on(), new SuggestionExtensionDecided(AboutSuggestion.of(decided),
                    approve, MESSAGES.text(approve ? "extension.approved" : "extension.refused")));
            return decided;
        });
    }

    @Override
    public Suggestion urge(ActingCaller caller, SuggestionId id, Optional<String> note) {
        authority.checkStaff(caller);
        return change(caller, id, (current, acting) -> {
            Suggestion urged = current.urge(note, acting);
            notices.toLead(caller.congress(), urged, acting.on(), new SuggestionUrged(AboutSuggestion.of(urged), note));
            return urged;
        });
    }

    @Override
    public Suggestion reply(ActingCaller caller, SuggestionId id, ReplyCommand command) {
        return change(caller, id, (current, acting) -> {
            UnitId lead = authority.actingForLead(caller, current, acting.on());
            checkSignedByHead(lead, command.signedBy(), acting.on());
            Suggestion replied = current.reply(lead, command.answer(), command.signedBy(), acting);
            clocks.stop(caller.congress(), SuggestionClocks.replyEvent(current), current, acting.on());
            if (clocks.feedbackPeriod(caller.congress(), acting.on())) {
                replied = replied.feedbackDue(clocks.start(caller.congress(), SuggestionClocks.REPLIED, replied, acting.on(), false));
            }
            notices.toSponsors(caller.congress(), replied,
                    new SuggestionReplied(AboutSuggestion.of(replied), leadName(replied), command.signedBy()));
            return replied;
        });
    }

    @Override
    public Suggestion feedback(ActingCaller caller, SuggestionId id, FeedbackCommand command) {
        return change(caller, id, (current, acting) -> {
            authority.checkSponsor(caller, current);
            Suggestion given = current.feedback(command.verdict(), command.reasons(), acting);
            stopFeedbackClock(caller.congress(), given, acting.on());
            notices.toLead(caller.congress(), given, acting.on(),
                    new SuggestionFeedbackGiven(AboutSuggestion.of(given), command.verdict(), command.reasons()));
            return given;
        });
    }

    @Override
    public Suggestion reassign(ActingCaller caller, SuggestionId id, Optional<AssignCommand> command) {
        authority.checkStaff(caller);
        return change(caller, id, (current, acting) -> {
            Suggestion reassigned = current.reassign(command.map(this::handling).orElse(current.units()), acting);
            reassigned = reassigned.replyDue(clocks.start(caller.congress(), SuggestionClocks.REASSIGNED, reassigned, acting.on(), false));
            notices.toAll(caller.congress(), reassigned, acting.on(), new SuggestionReassigned(AboutSuggestion.of(reassigned), leadName(reassigned)));
            return reassigned;
        });
    }

    @Override
    public Suggestion evaluate(ActingCaller caller, SuggestionId id, EvaluationCommand command) {
        return change(caller, id, (current, acting) -> {
            authority.checkSponsor(caller, current);
            Suggestion evaluated = current.evaluate(command.unit(), command.attitude(), command.handling(), acting);
            notices.toUnits(caller.congress(), evaluated, acting.on(), new SuggestionEvaluated(AboutSuggestion.of(evaluated),
                    unitName(command.unit()), command.attitude(), command.handling()));
            return evaluated;
        });
    }

    @Override
    public Suggestion close(ActingCaller caller, SuggestionId id, Optional<String> note) {
        authority.checkStaff(caller);
        return change(caller, id, (current, acting) -> {
            Suggestion closed = current.close(note, acting);
            stopFeedbackClock(caller.congress(), closed, acting.on());
            notices.toSponsors(caller.congress(), closed, new SuggestionClosed(AboutSuggestion.of(closed)));
            return closed;
        });
    }

    private interface Change {
        Suggestion apply(Suggestion current, SuggestionAction.Acting acting);
    }

    private Suggestion change(ActingCaller caller, SuggestionId id, Change change) {
        return transactions.inCongress(caller.congress(), () -> {
            Suggestion changed = change.apply(records.forChange(caller, id), records.acting(caller));
            suggestions.update(changed);
            return changed;
        });
    }

    private void stopFeedbackClock(CongressId congress, Suggestion suggestion, LocalDate on) {
        if (clocks.feedbackPeriod(congress, on)) {
            clocks.stop(congress, SuggestionClocks.REPLIED, suggestion, on);
        }
    }

    /** The reply is signed by a person heading the lead unit on the day (BL-13: 由负责人签署). */
    private void checkSignedByHead(UnitId lead, String signatory, LocalDate on) {
        List<String> names = heads.heads(lead, on).stream().map(person -> person.name().value()).toList();
        if (!names.contains(signatory)) {
            throw MESSAGES.violation("signedBy", "reply.not-head", signatory, unitName(lead),
                    names.isEmpty() ? MESSAGES.text("reply.no-head") : String.join("、", names));
        }
    }

    private List<HandlingUnit> handling(AssignCommand command) {
        Violations violations = new Violations();
        violations.check(() -> handlingUnit("leadUnitId", command.lead()));
        for (int i = 0; i < command.co().size(); i++) {
            String field = "coUnitIds." + i;
            UnitId co = command.co().get(i);
            violations.check(() -> handlingUnit(field, co));
        }
        violations.throwIfAny();
        List<HandlingUnit> handling = new ArrayList<>();
        handling.add(new HandlingUnit(command.lead(), HandlingRole.LEAD));
        command.co().forEach(co -> handling.add(new HandlingUnit(co, HandlingRole.CO)));
        return handling;
    }

    private OrganisationUnit handlingUnit(String field, UnitId id) {
        return units.find(id).filter(unit -> unit.kind() == UnitKind.HANDLING_UNIT)
                .orElseThrow(() -> MESSAGES.violation(field, "unit.not-handling-unit", id));
    }

    private String leadName(Suggestion suggestion) {
        return suggestion.leadUnit().map(this::unitName).orElse("");
    }

    private String unitName(UnitId id) {
        return units.find(id).map(unit -> unit.name().value()).orElse(id.toString());
    }

    /** Restarts the reply clock with the longer period, counted from the date of assignment. */
    private Suggestion toLongerPeriod(ActingCaller caller, Suggestion complex, LocalDate on) {
        clocks.stop(caller.congress(), SuggestionClocks.ASSIGNED, complex, on);
        return complex.replyDue(clocks.start(caller.congress(), SuggestionClocks.ASSIGNED, complex, complex.assignedOn().orElseThrow(), true));
    }
}
