package org.lvzhi.application.suggestion;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lvzhi.application.deadline.port.in.DeadlineClocks;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deadline.DeadlineSubject;

/**
 * Records every start and stop, and answers due dates by plain month arithmetic (LocalDate.plusMonths: the
 * corresponding day, or the month's last): 3 months after assignment (6 when complex), 1 after re-assignment, and 1
 * after a reply only when told the profile has a feedback period. No rest-day shift: that is the engine's to prove.
 */
final class RecordingDeadlineClocks implements DeadlineClocks {

    /** One call: start or stop, the event, the subject, the date and, for a start, whether complex. */
    record Call(String verb, String event, DeadlineSubject subject, LocalDate on, boolean complex) {
    }

    private static final Map<String, String> RULES = Map.of(
            "SUGGESTION_ASSIGNED", "BL-13", "SUGGESTION_REASSIGNED", "BL-13", "SUGGESTION_REPLIED", "HN-6");

    final List<Call> calls = new ArrayList<>();

    @Override
    public List<StartedDeadline> start(CongressId congress, String event, DeadlineSubject subject, LocalDate on, boolean complex) {
        calls.add(new Call("start", event, subject, on, complex));
        Period period = switch (event) {
            case "SUGGESTION_ASSIGNED" -> Period.ofMonths(complex ? 6 : 3);
            default -> Period.ofMonths(1);
        };
        return List.of(new StartedDeadline("clock-" + calls.size(), RULES.get(event), "第十三条", event, on.plus(period)));
    }

    @Override
    public int stop(CongressId congress, String event, String rule, DeadlineSubject subject, LocalDate on) {
        throw new UnsupportedOperationException("suggestions stop every clock of an event");
    }

    @Override
    public int stop(CongressId congress, String event, DeadlineSubject subject, LocalDate on) {
        calls.add(new Call("stop", event, subject, on, false));
        return 1;
    }

    @Override
    public List<StartedDeadline> start(CongressId congress, String event, java.util.function.Predicate<String> rules,
            DeadlineSubject subject, LocalDate on) {
        return start(congress, event, subject, on, false);
    }

    @Override
    public StartedDeadline startDue(CongressId congress, String rule, String article, String event, String what,
            DeadlineSubject subject, LocalDate dueOn, List<Period> reminders, java.util.Optional<String> responsible) {
        throw new UnsupportedOperationException("suggestions start no calendar clocks");
    }

    @Override
    public boolean stopOne(CongressId congress, String event, DeadlineSubject subject, LocalDate on, Due which) {
        calls.add(new Call("stop-" + which, event, subject, on, false));
        return true;
    }
}
